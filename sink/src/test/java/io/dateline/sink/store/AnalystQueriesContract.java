package io.dateline.sink.store;

import static io.dateline.sink.Stories.builder;
import static io.dateline.sink.Stories.entity;
import static io.dateline.sink.Stories.event;
import static io.dateline.sink.Stories.window;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EntityType;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Event;
import io.dateline.avro.PubStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example query of {@code docs/storage.md} runs against the database of the subclass on a small fixture written
 * through the store, and returns the rows the docs promise: a story killed after it was stored, a negated event, hour
 * and day windows, stories of this week and of long ago. Values are compared as text, numbers without trailing zeros
 * and times as ISO-8601 instants, so both databases answer alike.
 */
abstract class AnalystQueriesContract {

    private static final Instant NOW = Instant.now();
    private static final Instant JAN_15 = Instant.parse("2026-01-15T00:00:00Z");
    private static final Instant JAN_16 = Instant.parse("2026-01-16T00:00:00Z");
    private static final Instant EMITTED = Instant.parse("2026-01-16T12:00:00Z");

    /** What each example returns on the fixture, row by row. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("country-this-week", List.of("s4|Headline of s4 v1")),
            Map.entry("country-on-a-day", List.of("s1|Headline of s1 v1|2026-01-16T09:29:00.123Z")),
            Map.entry("stories-mentioning-an-entity", List.of("s4|Headline of s4 v1|3", "s1|Headline of s1 v1|1")),
            Map.entry("dyad-per-day", List.of("2026-01-15|1|1|1|0|2", "2026-01-16|1|1|1|0|4")),
            Map.entry("events-of-a-dyad", List.of("2026-01-15|s2|ACCUSE|-2|accuse",
                    "2026-01-16|s1|THREATEN|-4|threaten")),
            Map.entry("top-escalating-dyads", List.of("IRN|ISR|8|1", "IRN|USA|6|2", "USA|IRN|0|1")),
            Map.entry("escalation-alerts", List.of("IRN|ISR|2026-01-15|8|1")),
            Map.entry("index-next-to-stored-events", List.of("IRN|ISR|2026-01-15|1|1|8|8",
                    "IRN|USA|2026-01-15|1|1|2|2", "IRN|USA|2026-01-16|1|1|4|4", "USA|IRN|2026-01-16|1|1|0|0")),
            Map.entry("main-country-last-24-hours", List.of("USA|1")),
            Map.entry("threats-from-the-record", List.of("s1|THREATEN|-4")),
            Map.entry("changed-since", List.of("s1|1|active", "s2|1|active", "s3|2|canceled", "s4|1|active",
                    "s5|1|active")));

    /** Examples whose rows tie on their sort key: compared as a set. */
    private static final Set<String> UNORDERED = Set.of("changed-since");

    /** {@code postgresql} or {@code sqlite}: which examples apply. */
    protected abstract String dialect();

    /** An open, migrated store with no rows. */
    protected abstract StoryStore openEmptyStore() throws Exception;

    protected abstract Connection connect() throws SQLException;

    @Test
    void shouldHaveAnExpectedResultForEveryExampleOfTheDocsAndAnExampleForEveryExpectedResult() throws IOException {
        assertThat(DocsExamples.on(dialect()).stream().map(DocsExamples.Example::name))
                .as("examples of %s for %s", DocsExamples.STORAGE_DOCS, dialect())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryExampleQueryOfTheDocs() throws Exception {
        try (StoryStore store = openEmptyStore()) {
            writeFixture(store);
        }
        return DocsExamples.on(dialect()).stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            List<String> rows = run(example.sql());
            List<String> expected = EXPECTED.get(example.name());
            if (UNORDERED.contains(example.name())) {
                assertThat(rows).as(example.sql()).containsExactlyInAnyOrderElementsOf(expected);
            } else {
                assertThat(rows).as(example.sql()).containsExactlyElementsOf(expected);
            }
        }));
    }

    /**
     * s1, s2: January stories with events (s2 has a negated one); s3: killed after it was stored; s4: of the last
     * day; s5: ten days old. Day windows for three dyads (one with an alert), an hour window, states that were
     * superseded.
     */
    private static void writeFixture(StoryStore store) {
        EnrichedStory s2 = builder("s2", 1)
                .setVersionCreated(Instant.parse("2026-01-15T12:00:00Z"))
                .setCountries(List.of("IRN", "ISR"))
                .setEntities(List.of(entity("country:IRN", EntityType.LOCATION, "Iran", "IRN", 0),
                        entity("person:araghchi", EntityType.PERSON, "Abbas Araghchi", "IRN", 5, 50)))
                .setEvents(List.of(event("ASSAULT", "IRN", "ISR", 4, -8.0), negated(event("ASSAULT", "ISR", "IRN", 4,
                        -9.0)), event("ACCUSE", "IRN", "USA", 3, -2.0)))
                .build();
        EnrichedStory s3 = builder("s3", 1).setVersionCreated(Instant.parse("2026-01-16T10:00:00Z"))
                .setEvents(List.of(event("THREATEN", "IRN", "USA", 3, -6.0))).build();
        store.write(List.of(builder("s1", 1).build(), s2, s3, recent("s4", "USA", Duration.ofHours(12), 3),
                recent("s5", "IRN", Duration.ofDays(10), 1)), List.of(
                window("IRN", "USA", "day", JAN_16, 1.0, EMITTED.minusSeconds(60)).build(),
                window("IRN", "USA", "day", JAN_16, 4.0, EMITTED).setBaseline(2.0).build(),
                window("IRN", "USA", "hour", JAN_16.plusSeconds(9 * 3600), 4.0, EMITTED).build(),
                window("IRN", "USA", "day", JAN_15, 2.0, EMITTED).build(),
                window("IRN", "ISR", "day", JAN_15, 8.0, EMITTED).setVerbalConflict(0).setMaterialConflict(1)
                        .setBaseline(1.0).setAlert(true).build(),
                cooperation("USA", "IRN", JAN_16)));
        store.write(List.of(builder("s3", 2).setVersionCreated(Instant.parse("2026-01-16T11:00:00Z"))
                .setPubStatus(PubStatus.CANCELED).build()));
    }

    private static EnrichedStory recent(String id, String country, Duration age, int mentions) {
        Instant time = NOW.minus(age);
        int[] offsets = new int[mentions];
        for (int i = 0; i < mentions; i++) {
            offsets[i] = 10 * i;
        }
        return builder(id, 1).setFirstCreated(time).setVersionCreated(time).setReceived(time)
                .setCountries(List.of(country))
                .setEntities(List.of(entity("country:" + country, EntityType.LOCATION, country, country, offsets)))
                .setEvents(List.of()).build();
    }

    private static Event negated(Event event) {
        event.setNegated(true);
        return event;
    }

    private static EscalationWindow cooperation(String source, String target, Instant day) {
        return window(source, target, "day", day, 0.0, EMITTED).setVerbalConflict(0).setVerbalCooperation(1)
                .setIntensitySum(1.0).setIntensityMean(1.0).setBaseline(0.5).build();
    }

    private List<String> run(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(text(result.getObject(i)));
                }
                rows.add(row.stream().collect(Collectors.joining("|")));
            }
        }
        return rows;
    }

    /** A value as both databases can agree on: numbers without trailing zeros, times as ISO-8601 instants. */
    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        String text = String.valueOf(value);
        return text.matches("\\d{4}-\\d\\d-\\d\\dT.*Z") ? Instant.parse(text).toString() : text;
    }
}
