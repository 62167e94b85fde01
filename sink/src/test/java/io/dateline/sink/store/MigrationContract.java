package io.dateline.sink.store;

import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A store written by the first schema version is migrated when opened by this one: stories keep their rows and get
 * their story time, child rows get it too, and a withdrawn story loses its child rows. Subclasses give an empty
 * database of their dialect.
 */
abstract class MigrationContract {

    protected abstract String url();

    protected abstract String user();

    protected abstract String password();

    /** Folder of the dialect's migrations. */
    protected abstract String migrations();

    /** A V1 {@code countries} value holding IRN and USA. */
    protected abstract String countriesLiteral();

    protected abstract Connection connect() throws SQLException;

    @Test
    void shouldMigrateAVersionOneStoreKeepingItsStoriesAndWithdrawingKilledChildRows() throws SQLException {
        Flyway.configure().dataSource(url(), user(), password()).locations("classpath:db/migration/" + migrations())
                .target("1").load().migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            insertV1Story(statement, "s1", "active", "'2026-01-16T09:29:00.123Z'", "'2026-01-15T08:00:00.000Z'");
            insertV1Story(statement, "s2", "canceled", "'2026-01-16T10:00:00.000Z'", "NULL");
            insertV1Story(statement, "s3", "active", "NULL", "NULL");
        }

        try (StoryStore store = StoryStores.open(url(), user(), password())) {
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.find("s1").map(StoredStory::entityCount)).hasValue(1);
            assertThat(store.find("s2").map(StoredStory::entityCount)).hasValue(0);
            assertThat(rows("SELECT s.id || ' ' || CAST(COUNT(c.country) AS TEXT) FROM stories s"
                    + " LEFT JOIN story_countries c ON c.story_id = s.id GROUP BY s.id ORDER BY s.id"))
                    .containsExactly("s1 1", "s2 0", "s3 1");
            assertThat(rows("SELECT id FROM stories WHERE story_time = COALESCE(version_created, first_created,"
                    + " received) ORDER BY id")).containsExactly("s1", "s2", "s3");
            assertThat(rows("SELECT e.story_id FROM story_entities e JOIN stories s ON s.id = e.story_id"
                    + " WHERE e.story_time = s.story_time ORDER BY e.story_id")).containsExactly("s1", "s3");

            store.write(List.of(story("s1", 2), story("s4", 1)));

            assertThat(store.find("s1").map(StoredStory::version)).hasValue(2L);
            assertThat(rows("SELECT COUNT(*) FROM story_events")).containsExactly("4");
        }
    }

    private void insertV1Story(Statement statement, String id, String status, String versionCreated,
                               String firstCreated) throws SQLException {
        statement.execute("INSERT INTO stories (id, version, status, headline, body, format, first_created,"
                + " version_created, received, enriched_at, countries, content_hash, enrichment_version, stored_at,"
                + " record_json) VALUES ('" + id + "', 1, '" + status + "', 'h', 'b', 'PLAIN_TEXT', " + firstCreated
                + ", " + versionCreated + ", '2026-01-14T00:00:00.000Z', '2026-01-16T11:00:00.000Z', "
                + countriesLiteral() + ", 'hash', 'v1', '2026-01-16T11:00:00.000Z', '{}')");
        statement.execute("INSERT INTO story_entities (story_id, entity_id, type, name, mention_count)"
                + " VALUES ('" + id + "', 'country:IRN', 'LOCATION', 'Iran', 1)");
        statement.execute("INSERT INTO story_countries (story_id, country, rank) VALUES ('" + id + "', 'IRN', 1)");
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
