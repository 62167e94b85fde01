package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Event;
import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.enrich.Enricher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AFP story that started the project, coded as the event issue asks; skips without ../shared. */
class SeedStoryEventsTest {

    private static final Path SEED = Path.of("../../shared/seeds/000_b96d3a165b64e731.txt");
    private static List<Event> events;

    @BeforeAll
    static void codeTheSeed() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "no seed story at " + SEED);
        String body = Files.readString(SEED, StandardCharsets.UTF_8);
        RawStory story = RawStory.newBuilder().setId("seed").setFormat(InputFormat.UNKNOWN).setHeadline("")
                .setBody(body).setVersionCreated(Instant.parse("2026-01-16T12:00:00Z"))
                .setReceived(Instant.parse("2026-01-16T12:00:00Z")).setContentHash("-").build();
        EnrichedStory enriched = Enricher.standard(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).enrich(story);
        events = enriched.getEvents();
    }

    private static Predicate<Event> dyad(String type, String source, String target) {
        return e -> e.getType().equals(type) && e.getSource() != null && source.equals(e.getSource().getCountry())
                && e.getTarget() != null && target.equals(e.getTarget().getCountry()) && !e.getNegated();
    }

    @Test
    void shouldCodeRussiaConsultingIsraelAndIran() {
        assertThat(events).anyMatch(dyad("CONSULT", "RUS", "ISR"));
        assertThat(events).anyMatch(dyad("CONSULT", "RUS", "IRN"));
    }

    @Test
    void shouldCodeIranianSecurityForcesAssaultingProtesters() {
        assertThat(events).anyMatch(e -> (e.getType().equals("ASSAULT") || e.getType().equals("COERCE"))
                && "IRN".equals(e.getSource().getCountry()) && "COP".equals(e.getSource().getSector())
                && e.getTarget() != null && e.getTarget().getText().toLowerCase().contains("protest"));
    }

    @Test
    void shouldCodeTheUnitedStatesThreateningIran() {
        assertThat(events).anyMatch(dyad("THREATEN", "USA", "IRN"));
    }

    @Test
    void shouldCodeTheJuneWarAsBackgroundFighting() {
        assertThat(events).anyMatch(dyad("FIGHT", "ISR", "IRN").and(Event::getBackground));
        assertThat(events).anyMatch(dyad("FIGHT", "USA", "IRN").and(Event::getBackground));
    }

    @Test
    void shouldCodeIranAccusingTheUnitedStatesAndIsrael() {
        assertThat(events).anyMatch(dyad("DISAPPROVE", "IRN", "USA"));
        assertThat(events).anyMatch(dyad("DISAPPROVE", "IRN", "ISR"));
    }

    @Test
    void shouldCodeTheGulfStatesAppealingToTheUnitedStates() {
        for (String gulf : List.of("SAU", "QAT", "OMN")) {
            assertThat(events).anyMatch(dyad("DEMAND", gulf, "USA").and(e -> e.getCameo().startsWith("02")));
        }
    }
}
