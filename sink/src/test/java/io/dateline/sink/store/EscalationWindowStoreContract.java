package io.dateline.sink.store;

import static io.dateline.sink.Stories.story;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dateline.avro.EscalationWindow;
import io.dateline.sink.TableChecksums;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoryStore} does with escalation windows, whatever the database: one row per window key holding
 * the last state written (the topic's order); the same state again changes nothing; a replay ends where it began; a window the database
 * refuses fails its whole batch without retry. Each subclass opens an empty store of its dialect for every test.
 */
abstract class EscalationWindowStoreContract {

    private static final Instant DAY = Instant.parse("2026-01-16T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-16T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);
    private static final Instant T3 = T2.plusSeconds(60);

    protected StoryStore store;

    /** An open, migrated store with no rows. */
    protected abstract StoryStore openEmptyStore() throws Exception;

    /** A plain connection to the same database, for assertions. */
    protected abstract Connection connect() throws SQLException;

    @BeforeEach
    void openStore() throws Exception {
        store = openEmptyStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void shouldStoreAWindowWithEveryMeasure() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 4.5, T1).setEvents(3).setVerbalCooperation(1)
                .setMaterialCooperation(2).setVerbalConflict(3).setMaterialConflict(4).setIntensitySum(-2.5)
                .setIntensityMean(-0.8).setBaseline(1.5).setAlert(true).build()));

        assertThat(rows("SELECT source || '>' || target || ' ' || granularity || ' ' || events || ' '"
                + " || verbal_cooperation || material_cooperation || verbal_conflict || material_conflict"
                + " FROM escalation_windows")).containsExactly("IRN>USA day 3 1234");
        assertThat(rows("SELECT COUNT(*) FROM escalation_windows WHERE alert AND intensity_sum = -2.5"
                + " AND intensity_mean = -0.8 AND conflict_intensity = 4.5 AND baseline = 1.5"
                + " AND window_end > window_start")).containsExactly("1");
        assertThat(rows("SELECT day || ' ' || conflict_intensity FROM daily_escalation")).hasSize(1)
                .allSatisfy(row -> assertThat(row).startsWith("2026-01-16 4.5"));
    }

    @Test
    void shouldHoldTheLastStateWritten() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T1).build()));
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 9.0, T2).build()));
        assertThat(conflictIntensities()).containsExactly("9");

        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 3.0, T3).build()));
        assertThat(conflictIntensities()).containsExactly("3");
    }

    @Test
    void shouldKeepTheRowWhenTheSameStateIsEmittedAgainLater() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T1).build()));
        Map<String, String> before = checksums();

        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T3).build()));

        assertThat(checksums()).as("a recomputed index re-emitting an unchanged window").isEqualTo(before);
    }

    @Test
    void shouldTakeALaterStateWhoseOnlyChangeIsABaselineAppearingOrGoing() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T1).setBaseline(null).build()));

        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T2).setBaseline(0.0).build()));
        assertThat(rows("SELECT COUNT(*) FROM escalation_windows WHERE baseline = 0")).as("null -> 0.0")
                .containsExactly("1");

        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T3).setBaseline(null).build()));
        assertThat(rows("SELECT COUNT(*) FROM escalation_windows WHERE baseline IS NULL")).as("0.0 -> null")
                .containsExactly("1");
    }

    @Test
    void shouldKeepHourAndDayWindowsOfOneDyadApart() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 5.0, T1).build(),
                window("IRN", "USA", "hour", DAY.plusSeconds(3_600), 2.0, T1).build(),
                window("USA", "IRN", "day", DAY, 1.0, T1).build()));

        assertThat(rows("SELECT COUNT(*) FROM escalation_windows")).containsExactly("3");
        assertThat(rows("SELECT source || '>' || target FROM daily_escalation ORDER BY source"))
                .containsExactly("IRN>USA", "USA>IRN");
    }

    @Test
    void shouldCollapseStatesOfOneWindowInOneBatchToTheLast() throws SQLException {
        store.write(List.of(), List.of(window("IRN", "USA", "day", DAY, 2.0, T1).build(),
                window("IRN", "USA", "day", DAY, 3.0, T2).build(), window("IRN", "USA", "day", DAY, 1.0, T3).build()));

        assertThat(conflictIntensities()).containsExactly("1");
    }

    @Test
    void shouldChangeNothingWhenTheWindowsAreReplayed() throws SQLException {
        List<EscalationWindow> history = List.of(window("IRN", "USA", "day", DAY, 1.0, T1).build(),
                window("IRN", "USA", "day", DAY, 2.0, T2).build(), window("ISR", "IRN", "day", DAY, 7.0, T1).build(),
                window("IRN", "USA", "hour", DAY, 1.0, T3).build());
        for (EscalationWindow window : history) {
            store.write(List.of(), List.of(window));
        }
        Map<String, String> before = checksums();

        List<EscalationWindow> replay = new ArrayList<>(history);
        Collections.reverse(replay);
        store.write(List.of(), replay);
        for (EscalationWindow window : history) {
            store.write(List.of(), List.of(window));
        }

        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAWindowOfUnknownGranularityAndWriteNothingOfItsBatch() throws SQLException {
        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.write(List.of(story("s1", 1)),
                List.of(window("IRN", "USA", "week", DAY, 1.0, T1).build())));

        assertThat(failure.retryable()).as("a refusal of the data is not retryable").isFalse();
        assertThat(store.count()).isZero();
        assertThat(rows("SELECT COUNT(*) FROM escalation_windows")).containsExactly("0");
    }

    @Test
    void shouldWriteStoriesAndWindowsOfABatchTogether() throws SQLException {
        int changed = store.write(List.of(story("s1", 1)), List.of(window("IRN", "USA", "day", DAY, 1.0, T1).build()));

        assertThat(changed).isEqualTo(1);
        assertThat(store.count()).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM escalation_windows")).containsExactly("1");
    }

    private List<String> conflictIntensities() throws SQLException {
        return rows("SELECT CAST(conflict_intensity AS INTEGER) FROM escalation_windows");
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

    private Map<String, String> checksums() throws SQLException {
        try (Connection connection = connect()) {
            return TableChecksums.of(connection);
        }
    }
}
