package io.dateline.enrich.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dateline.avro.Actor;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Event;
import io.dateline.avro.PubStatus;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscalationIndexTest {

    private static final Instant WALL_CLOCK = Instant.parse("2026-01-20T00:00:00Z");
    private static final String HOUR_10 = "2026-01-16T10:00:00Z";

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.withPrefix("test.");
    private final Serdes serdes = Serdes.embedded();
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> stories;
    private TestOutputTopic<String, EscalationWindow> windows;
    private final List<KeyValue<String, EscalationWindow>> emitted = new ArrayList<>();

    @BeforeEach
    void startDriver() {
        startDriver(stateDir);
    }

    private void startDriver(Path stateDir) {
        var enriched = topics.enrichedStories();
        var escalation = topics.escalation();
        StreamsBuilder builder = new StreamsBuilder();
        EscalationIndex.windows(builder.stream(enriched.name(),
                        Consumed.with(serdes.key(enriched), serdes.value(enriched))))
                .to(escalation.name(), Produced.with(serdes.key(escalation), serdes.value(escalation)));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "escalation-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(builder.build(), props, WALL_CLOCK);
        stories = driver.createInputTopic(enriched.name(), serdes.key(enriched).serializer(),
                serdes.value(enriched).serializer());
        windows = driver.createOutputTopic(escalation.name(), serdes.key(escalation).deserializer(),
                serdes.value(escalation).deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldCountAndSumTheEventsOfTwoStoriesOnOneDyadInOneHour() {
        // Given: counted events, and events the index must skip
        Event skippedNegated = event("USA", "IRN", 4, -10.0);
        skippedNegated.setNegated(true);
        Event skippedHypothetical = event("USA", "IRN", 4, -10.0);
        skippedHypothetical.setHypothetical(true);
        Event skippedBackground = event("USA", "IRN", 4, -10.0);
        skippedBackground.setBackground(true);
        Event skippedNoTarget = event("USA", null, 4, -10.0);

        // When
        pipe(story("s1", "2026-01-16T10:05:00Z", event("USA", "IRN", 4, -10.0), skippedNegated,
                skippedHypothetical, skippedBackground, skippedNoTarget));
        pipe(story("s2", "2026-01-16T10:40:00Z", event("usa", "IRN", 3, -4.0), event("IRN", "USA", 1, 3.0)));

        // Then
        EscalationWindow hour = latest("USA|IRN|hour|" + millis(HOUR_10));
        assertThat(hour.getSource()).isEqualTo("USA");
        assertThat(hour.getTarget()).isEqualTo("IRN");
        assertThat(hour.getGranularity()).isEqualTo("hour");
        assertThat(hour.getWindowStart()).isEqualTo(HOUR_10);
        assertThat(hour.getWindowEnd()).isEqualTo("2026-01-16T11:00:00Z");
        assertThat(hour.getEvents()).isEqualTo(2);
        assertThat(hour.getMaterialConflict()).isEqualTo(1);
        assertThat(hour.getVerbalConflict()).isEqualTo(1);
        assertThat(hour.getVerbalCooperation()).isZero();
        assertThat(hour.getMaterialCooperation()).isZero();
        assertThat(hour.getIntensitySum()).isEqualTo(-14.0);
        assertThat(hour.getIntensityMean()).isEqualTo(-7.0);
        assertThat(hour.getConflictIntensity()).isEqualTo(14.0);
        assertThat(hour.getBaseline()).isNull();
        assertThat(hour.getAlert()).isFalse();
        assertThat(hour.getUpdatedAt()).isAfterOrEqualTo(WALL_CLOCK);
        EscalationWindow day = latest("USA|IRN|day|" + millis("2026-01-16T00:00:00Z"));
        assertThat(day.getEvents()).isEqualTo(2);
        assertThat(day.getWindowEnd()).isEqualTo("2026-01-17T00:00:00Z");
        EscalationWindow reverse = latest("IRN|USA|hour|" + millis(HOUR_10));
        assertThat(reverse.getEvents()).isEqualTo(1);
        assertThat(reverse.getVerbalCooperation()).isEqualTo(1);
        assertThat(reverse.getConflictIntensity()).isZero();
    }

    @Test
    void shouldReplaceTheContributionOfAnUpdatedStory() {
        // Given
        pipe(story("s1", "2026-01-16T10:05:00Z", event("RUS", "UKR", 4, -10.0)));
        pipe(story("s2", "2026-01-16T10:10:00Z", event("RUS", "UKR", 3, -2.0)));

        // When: s1 is corrected, then replayed as it is
        EnrichedStory update = story("s1", "2026-01-16T10:20:00Z", event("RUS", "UKR", 3, -4.0));
        pipe(update);
        pipe(update);

        // Then
        EscalationWindow hour = latest("RUS|UKR|hour|" + millis(HOUR_10));
        assertThat(hour.getEvents()).isEqualTo(2);
        assertThat(hour.getMaterialConflict()).isZero();
        assertThat(hour.getVerbalConflict()).isEqualTo(2);
        assertThat(hour.getConflictIntensity()).isEqualTo(6.0);
        assertThat(latest("RUS|UKR|day|" + millis("2026-01-16T00:00:00Z")).getEvents()).isEqualTo(2);
        // three states of the window (the replay changed nothing), each later than the one before for the sink
        assertThat(emitted).filteredOn(kv -> kv.key.equals("RUS|UKR|hour|" + millis(HOUR_10)))
                .extracting(kv -> kv.value.getUpdatedAt())
                .containsExactly(WALL_CLOCK, WALL_CLOCK.plusMillis(1), WALL_CLOCK.plusMillis(2));
    }

    @Test
    void shouldCountTheNewestVersionWhenAnOlderOneArrivesAfterIt() {
        // Given: version 2 (a correction), then version 1 delivered late (out of order)
        pipe(EnrichedStory.newBuilder(story("s1", "2026-01-16T10:20:00Z", event("RUS", "UKR", 3, -4.0)))
                .setVersion(2).build());
        pipe(story("s1", "2026-01-16T10:05:00Z", event("RUS", "UKR", 4, -10.0)));

        // Then: the window holds version 2 alone
        EscalationWindow hour = latest("RUS|UKR|hour|" + millis(HOUR_10));
        assertThat(hour.getEvents()).isEqualTo(1);
        assertThat(hour.getConflictIntensity()).isEqualTo(4.0);
    }

    @Test
    void shouldNotCountAnOlderVersionArrivingAfterTheKill() {
        pipe(story("s1", "2026-01-16T10:05:00Z", event("ISR", "LBN", 4, -10.0)));
        pipe(EnrichedStory.newBuilder(story("s1", "2026-01-16T10:30:00Z")).setVersion(2)
                .setPubStatus(PubStatus.CANCELED).build());

        pipe(story("s1", "2026-01-16T10:05:00Z", event("ISR", "LBN", 4, -10.0)));

        assertThat(latest("ISR|LBN|hour|" + millis(HOUR_10)).getEvents()).isZero();
    }

    @Test
    void shouldMoveAStoryWhoseUpdateFallsInAnotherWindow() {
        pipe(story("s1", "2026-01-16T10:05:00Z", event("RUS", "UKR", 4, -10.0)));

        pipe(story("s1", "2026-01-16T11:05:00Z", event("RUS", "UKR", 4, -10.0)));

        assertThat(latest("RUS|UKR|hour|" + millis(HOUR_10)).getEvents()).isZero();
        assertThat(latest("RUS|UKR|hour|" + millis("2026-01-16T11:00:00Z")).getEvents()).isEqualTo(1);
        assertThat(latest("RUS|UKR|day|" + millis("2026-01-16T00:00:00Z")).getEvents()).isEqualTo(1);
    }

    @Test
    void shouldRemoveTheContributionOfAKilledStory() {
        // Given
        pipe(story("s1", "2026-01-16T10:05:00Z", event("ISR", "LBN", 4, -9.0)));
        pipe(story("s2", "2026-01-16T10:06:00Z", event("ISR", "LBN", 3, -3.0)));

        // When
        EnrichedStory kill = story("s1", "2026-01-16T10:30:00Z", event("ISR", "LBN", 4, -9.0));
        kill.setPubStatus(PubStatus.CANCELED);
        pipe(kill);

        // Then
        EscalationWindow hour = latest("ISR|LBN|hour|" + millis(HOUR_10));
        assertThat(hour.getEvents()).isEqualTo(1);
        assertThat(hour.getMaterialConflict()).isZero();
        assertThat(hour.getIntensitySum()).isEqualTo(-3.0);
        assertThat(hour.getConflictIntensity()).isEqualTo(3.0);
    }

    @Test
    void shouldEmitAnEmptyWindowWhenItsOnlyStoryIsKilled() {
        pipe(story("s1", "2026-01-16T10:05:00Z", event("ISR", "LBN", 4, -9.0)));
        EnrichedStory kill = story("s1", "2026-01-16T10:05:00Z");
        kill.setPubStatus(PubStatus.CANCELED);
        kill.setVersion(2);   // a kill is a newer version; one with the same stamp changes nothing, as in the sink

        pipe(kill);

        EscalationWindow hour = latest("ISR|LBN|hour|" + millis(HOUR_10));
        assertThat(hour.getEvents()).isZero();
        assertThat(hour.getIntensitySum()).isZero();
        assertThat(hour.getIntensityMean()).isZero();
        assertThat(hour.getConflictIntensity()).isZero();
    }

    @Test
    void shouldCountALateStoryWithinGraceAndDropOneBeyond() {
        // Given: stream time 23 h past the 10:00 window, inside its 24 h grace
        pipe(story("s1", "2026-01-16T10:05:00Z", event("CHN", "TWN", 3, -4.0)));
        pipe(story("other-1", "2026-01-17T09:00:00Z", event("FRA", "DEU", 1, 2.0)));

        // When
        pipe(story("late-1", "2026-01-16T10:30:00Z", event("CHN", "TWN", 3, -4.0)));

        // Then
        String hourKey = "CHN|TWN|hour|" + millis(HOUR_10);
        assertThat(latest(hourKey).getEvents()).isEqualTo(2);

        // When: stream time passes the hour window's end + 24 h, still inside the day window's 3 days
        pipe(story("other-2", "2026-01-17T12:00:00Z", event("FRA", "DEU", 1, 2.0)));
        emitted.clear();
        pipe(story("late-2", "2026-01-16T10:45:00Z", event("CHN", "TWN", 3, -4.0)));

        // Then
        assertThat(emitted).extracting(kv -> kv.key).doesNotContain(hourKey);
        assertThat(latest(hourKey)).isNull();
        assertThat(latest("CHN|TWN|day|" + millis("2026-01-16T00:00:00Z")).getEvents()).isEqualTo(3);
        assertThat(driver.metrics()).anySatisfy((name, metric) -> {
            assertThat(name.name()).isEqualTo("late-dropped-total");
            assertThat(metric.metricValue()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldAlertWhenConflictJumpsOverTheBaseline() {
        // Given: no history, then one hour of low conflict
        pipe(story("s1", "2026-01-16T09:10:00Z", event("IND", "PAK", 3, -4.0)));
        EscalationWindow first = latest("IND|PAK|hour|" + millis("2026-01-16T09:00:00Z"));
        assertThat(first.getBaseline()).isNull();
        assertThat(first.getAlert()).isFalse();

        // When: the next hour carries conflict 10, then 20
        pipe(story("s2", "2026-01-16T10:10:00Z", event("IND", "PAK", 4, -10.0)));
        EscalationWindow rising = latest("IND|PAK|hour|" + millis(HOUR_10));
        pipe(story("s3", "2026-01-16T10:20:00Z", event("IND", "PAK", 4, -10.0)));
        EscalationWindow jumped = latest("IND|PAK|hour|" + millis(HOUR_10));

        // Then: baseline is the mean over the 24 hours before; the alert needs 2x baseline and 10 over it
        assertThat(rising.getBaseline()).isCloseTo(4.0 / 24, within(1e-9));
        assertThat(rising.getAlert()).isFalse();
        assertThat(jumped.getConflictIntensity()).isEqualTo(20.0);
        assertThat(jumped.getAlert()).isTrue();
        assertThat(latest("IND|PAK|day|" + millis("2026-01-16T00:00:00Z")).getAlert()).isFalse();
    }

    @Test
    void shouldForgetWindowsAndContributionsLongPastTheirGrace() {
        // Given
        pipe(story("s1", "2026-01-01T10:05:00Z", event("CHN", "TWN", 3, -4.0)));
        KeyValueStore<String, WindowState> store = driver.getKeyValueStore(EscalationIndex.WINDOWS_STORE);
        KeyValueStore<String, StoryContribution> contributions =
                driver.getKeyValueStore(EscalationIndex.CONTRIBUTIONS_STORE);
        assertThat(store.get("CHN|TWN|hour|" + millis("2026-01-01T10:00:00Z"))).isNotNull();
        assertThat(contributions.get("s1")).isNotNull();

        // When: a month of stream time later, and the windows unchanged for longer than their grace in wall-clock time
        driver.advanceWallClockTime(Duration.ofDays(31));
        pipe(story("other-1", "2026-02-01T10:00:00Z", event("FRA", "DEU", 1, 2.0)));

        // Then
        assertThat(store.get("CHN|TWN|hour|" + millis("2026-01-01T10:00:00Z"))).isNull();
        assertThat(store.get("CHN|TWN|day|" + millis("2026-01-01T00:00:00Z"))).isNull();
        assertThat(contributions.get("s1")).isNull();
        assertThat(store.get("FRA|DEU|hour|" + millis("2026-02-01T10:00:00Z"))).isNotNull();
    }

    @Test
    void shouldKeepAWindowThatIsPastItsGraceInStreamTimeButChangedRecently() {
        // Given: a window, then a month of stream time later within minutes of wall-clock time (a backfill)
        pipe(story("s1", "2026-01-01T10:05:00Z", event("CHN", "TWN", 3, -4.0)));
        pipe(story("other-1", "2026-02-01T10:00:00Z", event("FRA", "DEU", 1, 2.0)));

        // Then: a story partition behind the others may still change it, so it is kept
        KeyValueStore<String, WindowState> store = driver.getKeyValueStore(EscalationIndex.WINDOWS_STORE);
        assertThat(store.get("CHN|TWN|hour|" + millis("2026-01-01T10:00:00Z"))).isNotNull();
    }

    @Test
    void shouldEndInTheSameWindowStatesWhateverOrderTheStoriesArriveIn(@TempDir Path otherStateDir) {
        // Given: stories over a few hours of two dyads, with conflict rising, all within the windows' grace
        List<EnrichedStory> inOrder = List.of(
                story("a", "2026-01-16T06:10:00Z", event("IND", "PAK", 3, -4.0)),
                story("b", "2026-01-16T07:20:00Z", event("IND", "PAK", 4, -10.0), event("PAK", "IND", 3, -2.0)),
                story("c", "2026-01-16T08:30:00Z", event("IND", "PAK", 4, -10.0)),
                story("d", "2026-01-16T08:40:00Z", event("IND", "PAK", 4, -10.0)),
                story("e", "2026-01-16T09:50:00Z", event("PAK", "IND", 1, 3.0)),
                story("f", "2026-01-17T02:00:00Z", event("IND", "PAK", 4, -8.0)));
        inOrder.forEach(this::pipe);
        Map<String, EscalationWindow> forward = finalStates();
        assertThat(forward.values()).anySatisfy(window -> assertThat(window.getAlert()).isTrue());

        // When: the same stories arrive newest first (as when partitions race in a backfill)
        driver.close();
        emitted.clear();
        startDriver(otherStateDir);
        List<EnrichedStory> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        reversed.forEach(this::pipe);

        // Then: every window ends in the same state, baselines and alerts included
        assertThat(finalStates()).isEqualTo(forward);
    }

    /** The last state emitted per key, without its emission time. */
    private Map<String, EscalationWindow> finalStates() {
        Map<String, EscalationWindow> last = new TreeMap<>();
        emitted.forEach(kv -> last.put(kv.key, EscalationWindow.newBuilder(kv.value).setUpdatedAt(Instant.EPOCH)
                .build()));
        return last;
    }

    @Test
    void shouldLeaveInternationalOrganisationsAndGroupsOutOfTheCountryPairs() {
        pipe(story("s1", "2026-01-16T10:05:00Z", event("IGO", "SYR", 3, -4.0), event("RUS", "NGO", 3, -2.0),
                event("IMG", "USA", 3, -4.4), event("RUS", "UKR", 4, -10.0)));

        assertThat(emitted).extracting(kv -> kv.key).allMatch(key -> key.startsWith("RUS|UKR|"));
    }

    @Test
    void shouldStateTheAlertRule() {
        assertThat(EscalationIndex.isAlert(30.0, null)).isFalse();
        assertThat(EscalationIndex.isAlert(10.0, 0.0)).isTrue();
        assertThat(EscalationIndex.isAlert(9.9, 0.0)).isFalse();
        assertThat(EscalationIndex.isAlert(39.0, 20.0)).isFalse();
        assertThat(EscalationIndex.isAlert(40.0, 20.0)).isTrue();
    }

    /**
     * Pipes the story stamped with its event time: the driver runs both sub-topologies in one task, so input timestamps
     * move the window processor's stream time; on a cluster it moves with the deltas' event times alone.
     */
    private void pipe(EnrichedStory story) {
        stories.pipeInput(story.getId(), story, story.getVersionCreated());
        emitted.addAll(windows.readKeyValuesToList());
    }

    private EscalationWindow latest(String key) {
        EscalationWindow found = null;
        for (KeyValue<String, EscalationWindow> kv : emitted) {
            if (kv.key.equals(key)) {
                found = kv.value;
            }
        }
        return found;
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static EnrichedStory story(String id, String versionCreated, Event... events) {
        return EnrichedStory.newBuilder()
                .setId(id)
                .setBody("body")
                .setVersionCreated(Instant.parse(versionCreated))
                .setReceived(Instant.parse(versionCreated).plusSeconds(5))
                .setContentHash("hash")
                .setEvents(List.of(events))
                .setEnrichmentVersion("test")
                .setEnrichedAt(WALL_CLOCK)
                .build();
    }

    private static Event event(String source, String target, int quad, double intensity) {
        return Event.newBuilder()
                .setType("TEST")
                .setSource(Actor.newBuilder().setText("source").setCountry(source).build())
                .setTarget(Actor.newBuilder().setText("target").setCountry(target).build())
                .setQuad(quad)
                .setIntensity(intensity)
                .build();
    }
}
