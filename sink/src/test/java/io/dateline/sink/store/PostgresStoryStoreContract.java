package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dateline.avro.Escalation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract plus what only PostgreSQL does; subclasses say where the server is. */
abstract class PostgresStoryStoreContract extends StoryStoreContract {

    protected abstract String url();

    protected abstract String user();

    protected abstract String password();

    @Override
    protected StoryStore openEmptyStore() throws SQLException {
        StoryStore opened = StoryStores.open(url(), user(), password());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE stories, story_entities, story_countries, story_events, escalation_windows");
        }
        return opened;
    }

    @Override
    protected String firstEntityNameFromJsonSql() {
        return "SELECT record_json #>> '{entities,0,name}' FROM stories WHERE id = ?";
    }

    @Test
    void shouldQueryTheRecordWithJsonbOperators() throws SQLException {
        store.write(List.of(story("s1", 1), builder("s2", 1).setEscalation(Escalation.newBuilder().setScore(0.9).build()).build()));

        assertThat(rows("SELECT id FROM stories WHERE record_json @> '{\"countries\": [\"IRN\"]}'"
                + " AND (record_json -> 'escalation' ->> 'score')::float > 0.5 AND id <> ?", "nope"))
                .containsExactly("s2");
        assertThat(rows("SELECT jsonb_typeof(record_json) FROM stories WHERE id = ?", "s1")).containsExactly("object");
    }

    @Test
    void shouldStoreCountriesAsTextArray() throws SQLException {
        store.write(List.of(story("s1", 1)));

        assertThat(rows("SELECT array_to_string(countries, ',') FROM stories WHERE id = ? AND 'USA' = ANY(countries)",
                "s1")).containsExactly("IRN,USA");
    }

    @Test
    void shouldWriteNothingOfABatchWhenTheDatabaseRefusesOneStory() {
        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.write(List.of(
                story("s1", 1), builder("s2", 1).setBody("a NUL \u0000 PostgreSQL cannot hold").build())));

        assertThat(failure.retryable()).as("a refusal of the data is not retryable").isFalse();
        assertThat(store.count()).isZero();
    }
}
