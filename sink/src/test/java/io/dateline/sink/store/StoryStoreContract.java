package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.PubStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoryStore} does, whatever the database: upsert by version, child rows replaced with their story,
 * batches collapsed, replays harmless. Each subclass opens an empty store of its dialect for every test.
 */
abstract class StoryStoreContract {

    protected StoryStore store;

    /** An open, migrated store with no rows. */
    protected abstract StoryStore openEmptyStore() throws Exception;

    /** A plain connection to the same database, for assertions. */
    protected abstract Connection connect() throws SQLException;

    /** A query with one parameter (the story id) returning the name of the first entity from the JSON column. */
    protected abstract String firstEntityNameFromJsonSql();

    @BeforeEach
    void openStore() throws Exception {
        store = openEmptyStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void shouldInsertStoryWithItsEntitiesAndCountries() throws SQLException {
        int changed = store.write(List.of(story("s1", 1)));

        assertThat(changed).isEqualTo(1);
        assertThat(store.find("s1")).hasValue(
                new StoredStory("s1", 1, StoryStatus.ACTIVE, "Headline of s1 v1", List.of("IRN", "USA"), 2));
        assertThat(rows("SELECT entity_id || ':' || type || ':' || mention_count || ':' || first_mention"
                + " FROM story_entities WHERE story_id = ? ORDER BY entity_id", "s1"))
                .containsExactly("country:IRN:LOCATION:2:0", "country:USA:LOCATION:1:40");
        assertThat(rows("SELECT country || ':' || rank FROM story_countries WHERE story_id = ? ORDER BY rank", "s1"))
                .containsExactly("IRN:1", "USA:2");
        assertThat(rows("SELECT agency || '|' || format || '|' || dateline || '|' || content_hash || '|'"
                + " || enrichment_version FROM stories WHERE id = ?", "s1"))
                .containsExactly("AFP|NINJS|TEHRAN, Jan 16, 2026 (AFP)|hash-s1-1|test-1");
    }

    @Test
    void shouldReplaceStoryAndItsEntitiesWhenVersionIsHigher() throws SQLException {
        store.write(List.of(story("s1", 1)));

        EnrichedStory v2 = builder("s1", 2)
                .setEntities(List.of(entity("person:1", EntityType.PERSON, "Abbas Araghchi", "IRN", 7)))
                .setCountries(List.of("GBR"))
                .build();
        int changed = store.write(List.of(v2));

        assertThat(changed).isEqualTo(1);
        assertThat(store.find("s1")).hasValue(
                new StoredStory("s1", 2, StoryStatus.ACTIVE, "Headline of s1 v2", List.of("GBR"), 1));
        assertThat(rows("SELECT entity_id FROM story_entities WHERE story_id = ?", "s1")).containsExactly("person:1");
    }

    @Test
    void shouldIgnoreLowerVersion() {
        store.write(List.of(story("s1", 3)));

        int changed = store.write(List.of(builder("s1", 2).setCountries(List.of("GBR")).build()));

        assertThat(changed).isZero();
        assertThat(store.find("s1")).hasValueSatisfying(stored -> {
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.countries()).containsExactly("IRN", "USA");
        });
    }

    @Test
    void shouldReplaceEqualVersionOnlyWhenVersionCreatedIsLater() {
        Instant created = Instant.parse("2026-01-16T10:00:00Z");
        store.write(List.of(builder("s1", 1).setVersionCreated(created).setHeadline("first").build()));

        int earlier = store.write(List.of(builder("s1", 1).setVersionCreated(created.minusSeconds(1))
                .setHeadline("earlier").build()));
        int same = store.write(List.of(builder("s1", 1).setVersionCreated(created).setHeadline("same").build()));
        int missing = store.write(List.of(builder("s1", 1).setVersionCreated(null).setHeadline("missing").build()));
        int later = store.write(List.of(builder("s1", 1).setVersionCreated(created.plusMillis(1))
                .setHeadline("later").build()));

        assertThat(List.of(earlier, same, missing, later)).containsExactly(0, 0, 0, 1);
        assertThat(store.find("s1").map(StoredStory::headline)).hasValue("later");
    }

    @Test
    void shouldTreatMissingVersionCreatedAsEarliest() {
        store.write(List.of(builder("s1", 1).setVersionCreated(null).setHeadline("undated").build()));

        int changed = store.write(List.of(builder("s1", 1).setHeadline("dated").build()));

        assertThat(changed).isEqualTo(1);
        assertThat(store.find("s1").map(StoredStory::headline)).hasValue("dated");
    }

    @Test
    void shouldCollapseDuplicateIdsInOneBatchToTheNewest() throws SQLException {
        List<EnrichedStory> batch = List.of(
                story("s1", 2),
                builder("s1", 3).setCountries(List.of("FRA")).build(),
                story("s2", 1),
                builder("s1", 1).setCountries(List.of("DEU")).build());

        int changed = store.write(batch);

        assertThat(changed).isEqualTo(2);
        assertThat(store.find("s1")).hasValueSatisfying(stored -> {
            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.countries()).containsExactly("FRA");
        });
        assertThat(rows("SELECT country FROM story_countries WHERE story_id = ?", "s1")).containsExactly("FRA");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void shouldChangeNothingWhenTheSameBatchIsReplayed() throws SQLException {
        List<EnrichedStory> batch = List.of(story("s1", 1), story("s2", 4), story("s3", 2));
        store.write(batch);
        List<String> before = snapshot();

        int changed = store.write(batch);

        assertThat(changed).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldTakeCanceledStoryOutOfActiveStories() throws SQLException {
        store.write(List.of(story("s1", 1), story("s2", 1)));

        store.write(List.of(builder("s1", 2).setPubStatus(PubStatus.CANCELED).build()));

        assertThat(store.find("s1").map(StoredStory::status)).hasValue(StoryStatus.CANCELED);
        assertThat(rows("SELECT id FROM active_stories WHERE id IN (?, 's2')", "s1")).containsExactly("s2");
        assertThat(store.stats()).isEqualTo(new StoreStats(1, Map.of("IRN", 1L, "USA", 1L)));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void shouldStoreWithheldStoryAsWithheld() {
        store.write(List.of(builder("s1", 1).setPubStatus(PubStatus.WITHHELD).build()));

        assertThat(store.find("s1").map(StoredStory::status)).hasValue(StoryStatus.WITHHELD);
        assertThat(store.stats().activeStories()).isZero();
    }

    @Test
    void shouldCountActiveStoriesPerCountryMostFirst() {
        store.write(List.of(
                builder("s1", 1).setCountries(List.of("USA", "IRN")).build(),
                builder("s2", 1).setCountries(List.of("IRN")).build(),
                builder("s3", 1).setCountries(List.of("FRA", "FRA")).build()));

        StoreStats stats = store.stats();

        assertThat(stats.activeStories()).isEqualTo(3);
        assertThat(new ArrayList<>(stats.activeStoriesByCountry().entrySet()))
                .containsExactly(Map.entry("IRN", 2L), Map.entry("FRA", 1L), Map.entry("USA", 1L));
    }

    @Test
    void shouldFindNothingForUnknownId() {
        assertThat(store.find("nope")).isEmpty();
        assertThat(store.count()).isZero();
        assertThat(store.stats()).isEqualTo(new StoreStats(0, Map.of()));
    }

    @Test
    void shouldHoldTheWholeRecordAsJson() throws SQLException {
        store.write(List.of(story("s1", 1)));

        assertThat(rows(firstEntityNameFromJsonSql(), "s1")).containsExactly("Iran");
        assertThat(rows("SELECT received FROM stories WHERE id = ?", "s1")).hasSize(1);
    }

    @Test
    void shouldKeepStoriesWithoutEntitiesOrCountries() {
        store.write(List.of(builder("s1", 1).setEntities(List.of()).setCountries(List.of())
                .setEscalation(null).setFirstCreated(null).setVersionCreated(null).build()));

        assertThat(store.find("s1")).hasValue(
                new StoredStory("s1", 1, StoryStatus.ACTIVE, "Headline of s1 v1", List.of(), 0));
    }

    /** Values of the first column of {@code sql} run with {@code id} as its parameter, as text. */
    protected List<String> rows(String sql, String id) throws SQLException {
        try (Connection connection = connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Every row of the three tables, as text, in a stable order. */
    private List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect()) {
            for (String sql : List.of("SELECT * FROM stories ORDER BY id",
                    "SELECT * FROM story_entities ORDER BY story_id, entity_id",
                    "SELECT * FROM story_countries ORDER BY story_id, rank")) {
                try (PreparedStatement select = connection.prepareStatement(sql);
                     ResultSet result = select.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(result.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
