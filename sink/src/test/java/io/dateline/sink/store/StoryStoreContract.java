package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static io.dateline.sink.Stories.event;
import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.PubStatus;
import io.dateline.sink.TableChecksums;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoryStore} does with stories, whatever the database: upsert by version in any arrival order,
 * entity, country and event rows replaced with their story and withdrawn with a kill, batches collapsed, replays
 * harmless. Each subclass opens an empty store of its dialect for every test.
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
    void shouldWriteABatchLargeEnoughToBeSplitAcrossWritersWhole() throws SQLException {
        // Given: more stories than one writer's part (PostgreSQL writes such a batch in two transactions side by side)
        List<EnrichedStory> batch = new ArrayList<>();
        for (int n = 0; n < 1_500; n++) {
            batch.add(story("big-" + n, 1));
        }

        // When / Then
        assertThat(store.write(batch)).isEqualTo(1_500);
        assertThat(store.count()).isEqualTo(1_500);
        assertThat(store.write(batch)).as("a replay changes nothing").isZero();
        assertThat(store.find("big-1499")).map(StoredStory::entityCount).hasValue(2);
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
        Map<String, String> before = checksums();

        int changed = store.write(batch);

        assertThat(changed).isZero();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void shouldChangeNoTableWhenTheWholeHistoryIsReplayedInOtherBatches() throws SQLException {
        List<EnrichedStory> history = List.of(story("s1", 1), story("s2", 1), story("s1", 2),
                builder("s2", 2).setPubStatus(PubStatus.CANCELED).build(), story("s3", 1), story("s3", 1),
                builder("s4", 1).setPubStatus(PubStatus.WITHHELD).build(), story("s4", 2), story("s5", 3));
        for (int from = 0; from < history.size(); from += 3) {
            store.write(history.subList(from, Math.min(history.size(), from + 3)));
        }
        Map<String, String> before = checksums();

        List<EnrichedStory> replay = new ArrayList<>(history);
        Collections.reverse(replay);
        int changed = 0;
        for (int from = 0; from < replay.size(); from += 2) {
            changed += store.write(replay.subList(from, Math.min(replay.size(), from + 2)));
        }
        changed += store.write(history);

        assertThat(changed).isZero();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void shouldStoreEveryEventOfTheStoryOnItsDay() throws SQLException {
        store.write(List.of(story("s1", 1)));

        assertThat(rows("SELECT ordinal || '|' || type || '|' || cameo || '|' || source_country || '>'"
                + " || target_country || '|' || source_sector || '|' || source_entity_id || '|' || quad || '|'"
                + " || trigger_start || '-' || trigger_end || ':' || trigger_text || '|' || sentence || '|'"
                + " || event_day"
                + " FROM story_events WHERE story_id = ? ORDER BY ordinal", "s1"))
                .containsExactly("0|THREATEN|030|IRN>USA|GOV|country:IRN|3|10-18:threaten|1|2026-01-16",
                        "1|CONSULT|010|USA>IRN|GOV|country:USA|1|10-17:consult|1|2026-01-16");
        assertThat(rows("SELECT COUNT(*) FROM story_events WHERE story_id = ? AND intensity = -4"
                + " AND NOT negated AND NOT hypothetical AND NOT background", "s1")).containsExactly("1");
    }

    @Test
    void shouldDateAStoryByVersionCreatedElseFirstCreatedElseReceived() throws SQLException {
        Instant first = Instant.parse("2026-01-09T23:00:00Z");
        store.write(List.of(
                builder("a", 1).setFirstCreated(first).setVersionCreated(first.plusSeconds(7_200)).build(),
                builder("b", 1).setFirstCreated(first).setVersionCreated(null).build(),
                builder("c", 1).setFirstCreated(null).setVersionCreated(null).build()));

        assertThat(rows("SELECT story_id || ' ' || event_day FROM story_events WHERE ordinal = 0"
                + " AND story_id IN (?, 'b', 'c') ORDER BY story_id", "a"))
                .containsExactly("a 2026-01-10", "b 2026-01-09", "c 2026-01-16");
        assertThat(rows("SELECT COUNT(*) FROM stories s WHERE s.id <> ?"
                + " AND (SELECT COUNT(*) FROM story_events e WHERE e.story_id = s.id"
                + " AND e.event_time = s.story_time) = 2"
                + " AND (SELECT COUNT(*) FROM story_entities e WHERE e.story_id = s.id"
                + " AND e.story_time = s.story_time) = 2"
                + " AND (SELECT COUNT(*) FROM story_countries c WHERE c.story_id = s.id"
                + " AND c.story_time = s.story_time) = 2", "none")).containsExactly("3");
    }

    @Test
    void shouldReplaceTheEventsWithThoseOfTheNewerVersion() throws SQLException {
        store.write(List.of(story("s1", 1)));

        store.write(List.of(builder("s1", 2).setEvents(List.of(event("ASSAULT", "USA", "IRN", 4, -9.0))).build()));

        assertThat(rows("SELECT type FROM story_events WHERE story_id = ?", "s1")).containsExactly("ASSAULT");
    }

    @Test
    void shouldWithdrawTheEntitiesCountriesAndEventsOfAKilledStory() throws SQLException {
        store.write(List.of(story("s1", 1), story("s2", 1)));

        store.write(List.of(builder("s1", 2).setPubStatus(PubStatus.CANCELED).build()));

        for (String table : List.of("story_entities", "story_countries", "story_events", "active_story_entities",
                "active_story_countries", "active_story_events")) {
            assertThat(rows("SELECT DISTINCT story_id FROM " + table + " WHERE story_id IN (?, 's2')", "s1"))
                    .as(table).containsExactly("s2");
        }
        assertThat(rows("SELECT events || ' ' || stories FROM daily_dyad_events WHERE source = ? AND target = 'USA'"
                + " AND day = '2026-01-16'", "IRN")).containsExactly("1 1");
    }

    @Test
    void shouldGiveAWithheldStoryItsChildRowsBackWhenReleased() throws SQLException {
        store.write(List.of(builder("s1", 1).setPubStatus(PubStatus.WITHHELD).build()));
        assertThat(rows("SELECT COUNT(*) FROM story_entities WHERE story_id = ?", "s1")).containsExactly("0");

        store.write(List.of(story("s1", 2)));

        assertThat(store.find("s1").map(StoredStory::entityCount)).hasValue(2);
        assertThat(rows("SELECT COUNT(*) FROM active_story_events WHERE story_id = ?", "s1")).containsExactly("2");
    }

    @Test
    void shouldEndAtTheNewestVersionWhateverOrderTheVersionsArriveIn() throws SQLException {
        List<List<Integer>> orders = List.of(List.of(1, 2, 3, 4), List.of(4, 3, 2, 1), List.of(2, 4, 1, 3),
                List.of(3, 1, 4, 2));
        for (int order = 0; order < orders.size(); order++) {
            for (int version : orders.get(order)) {
                store.write(List.of(builder("p" + order, version).setHeadline("v" + version)
                        .setEvents(List.of(event("V" + version, "IRN", "USA", 1, version))).build()));
            }
        }

        for (int order = 0; order < orders.size(); order++) {
            assertThat(store.find("p" + order)).hasValue(new StoredStory("p" + order, 4, StoryStatus.ACTIVE, "v4",
                    List.of("IRN", "USA"), 2));
            assertThat(rows("SELECT type FROM story_events WHERE story_id = ?", "p" + order)).containsExactly("V4");
        }
    }

    @Test
    void shouldKeepAKillWhenAnOlderVersionArrivesAfterIt() throws SQLException {
        store.write(List.of(story("s1", 1)));
        store.write(List.of(builder("s1", 3).setPubStatus(PubStatus.CANCELED).build()));

        int changed = store.write(List.of(story("s1", 2)));

        assertThat(changed).isZero();
        assertThat(store.find("s1").map(StoredStory::status)).hasValue(StoryStatus.CANCELED);
        assertThat(rows("SELECT COUNT(*) FROM story_events WHERE story_id = ?", "s1")).containsExactly("0");
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
    void shouldStoreTextExactlyWhateverCharactersItHolds() throws SQLException {
        String awkward = "tab\there, new\nline, CR\r, back\\slash, \\N, \\., \"quotes\", {braces}, é, 中文, \uD83D\uDCF0";
        store.write(List.of(builder("s1", 1).setHeadline(awkward).setByline(awkward)
                .setEntities(List.of(entity("person:" + awkward, EntityType.PERSON, awkward, "IRN", 3)))
                .setCountries(List.of("IRN", "A\"B\\C")).build()));

        assertThat(rows("SELECT headline FROM stories WHERE id = ?", "s1")).containsExactly(awkward);
        assertThat(rows("SELECT name FROM story_entities WHERE story_id = ?", "s1")).containsExactly(awkward);
        assertThat(rows("SELECT entity_id FROM story_entities WHERE story_id = ?", "s1"))
                .containsExactly("person:" + awkward);
        assertThat(store.find("s1").map(StoredStory::countries)).hasValue(List.of("IRN", "A\"B\\C"));
        assertThat(rows(firstEntityNameFromJsonSql(), "s1")).containsExactly(awkward);
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

    /** Row count and checksum of every table. */
    protected Map<String, String> checksums() throws SQLException {
        try (Connection connection = connect()) {
            return TableChecksums.of(connection);
        }
    }
}
