package io.dateline.sink.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.sink.store.StoryStores;
import io.dateline.sink.web.StoryFilter.Cursor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of the dashboard walks an index on SQLite: no table is scanned without one, and no page sorts all its
 * candidates ({@code EXPLAIN QUERY PLAN} of each, on the migrated schema). What keeps requests fast at 100,000
 * stories and beyond; the measured times are in docs/benchmarks.md.
 */
class SqliteDashboardPlanTest {

    @TempDir
    static Path directory;

    private static String url;

    @BeforeAll
    static void migrate() {
        url = "jdbc:sqlite:" + directory.resolve("plans.db");
        StoryStores.open(url, null, null).close();
    }

    static Stream<StoryFilter> filters() {
        Optional<Instant> from = Optional.of(Instant.parse("2026-01-01T00:00:00Z"));
        Optional<Instant> to = Optional.of(Instant.parse("2026-02-01T00:00:00Z"));
        Optional<Cursor> cursor = Optional.of(new Cursor(Instant.parse("2026-01-16T00:00:00Z"), "s9"));
        Optional<String> none = Optional.empty();
        return Stream.of(
                new StoryFilter(none, none, none, Optional.empty(), Optional.empty(), Optional.empty(), 20),
                new StoryFilter(none, none, none, from, to, cursor, 20),
                new StoryFilter(Optional.of("IRN"), none, none, from, to, cursor, 20),
                new StoryFilter(none, Optional.of("country:IRN"), none, Optional.empty(), Optional.empty(), cursor, 20),
                new StoryFilter(none, none, Optional.of("THREATEN"), from, to, cursor, 20),
                new StoryFilter(Optional.of("IRN"), Optional.of("person:x"), Optional.of("THREATEN"), from, to,
                        Optional.empty(), 20));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void shouldWalkAnIndexForEveryStoryPage(StoryFilter filter) throws SQLException {
        StoryQueries queries = new StoryQueries(null, SqlTimes.SQLITE, null);

        List<String> plan = plan(queries.pageQuery(filter));

        assertIndexed(plan);
        assertThat(plan).as("%s", plan).noneMatch(line -> line.equals("USE TEMP B-TREE FOR ORDER BY"));
    }

    @Test
    void shouldWalkAnIndexForTheEscalationAndEntityQueries() throws SQLException {
        Instant time = Instant.parse("2026-01-16T00:00:00Z");
        StoryQueries.Binder text = (statement, index) -> statement.setString(index, "IRN");
        StoryQueries.Binder at = (statement, index) -> SqlTimes.SQLITE.bind(statement, index, time);
        StoryQueries.Binder number = (statement, index) -> statement.setInt(index, 10);

        assertIndexed(plan(new StoryQueries.Query(EscalationQueries.LATEST_SQL, List.of(text))));
        assertIndexed(plan(new StoryQueries.Query(EscalationQueries.SERIES_SQL,
                List.of(text, text, text, at, at, number))));
        assertIndexed(plan(new StoryQueries.Query(EscalationQueries.RISING_SQL, List.of(at, at))));
        assertIndexed(plan(new StoryQueries.Query(StoryQueries.entitiesSql(true), List.of(number, text, number))));
    }

    /** Every SCAN uses an index, but that of the entity query's own 1,000-row subquery. */
    private static void assertIndexed(List<String> plan) {
        assertThat(plan).as("%s", plan).isNotEmpty()
                .allMatch(line -> !line.startsWith("SCAN ") || line.contains(" USING ") || line.equals("SCAN latest"));
    }

    private static List<String> plan(StoryQueries.Query query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement explain = query.prepare(connection, "EXPLAIN QUERY PLAN ");
             ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString("detail"));
            }
        }
        return lines;
    }
}
