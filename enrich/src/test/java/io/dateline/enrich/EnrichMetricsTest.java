package io.dateline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.Event;
import io.dateline.avro.RawStory;
import io.dateline.enrich.deadletter.DeadLetters;
import io.dateline.enrich.tag.DatelineResolver;
import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.GazetteerTagger;
import io.dateline.platform.ConfigSource;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enrich's own counters move with what the topology does: stories in and out, events, dead letters, alerts. */
class EnrichMetricsTest {

    private static final String EXPLODE = "EXPLODE";

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.withPrefix("test.");
    private final Serdes serdes = Serdes.embedded();
    private final EnrichMetrics metrics = EnrichMetrics.inMemory();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawStory> rawStories;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedStory> enrichedStories;
    private TestOutputTopic<String, EscalationWindow> escalation;

    @BeforeEach
    void startDriver() {
        Gazetteer gazetteer = Gazetteer.standard();
        GazetteerTagger tagger = new GazetteerTagger(gazetteer);
        Enricher enricher = new Enricher((text, date) -> {
            if (text.text().contains(EXPLODE)) {
                throw new IllegalStateException("tagger bug on purpose");
            }
            return tagger.tag(text, date);
        }, new DatelineResolver(gazetteer), "test", TestStories.CLOCK);
        Properties properties = EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_TOPIC_PREFIX", "test.",
                "DATELINE_BOOTSTRAP_SERVERS", "unused:9092",
                "DATELINE_ENRICH_STATE_DIR", stateDir.toString()))).streamsProperties();
        properties.put(EnrichMetrics.CONFIG_KEY, metrics);
        driver = new TopologyTestDriver(EnrichTopology.build(topics, serdes, enricher, metrics), properties);
        var raw = topics.rawStories();
        rawStories = driver.createInputTopic(raw.name(), serdes.key(raw).serializer(), serdes.value(raw).serializer());
        rawBytes = driver.createInputTopic(raw.name(), new StringSerializer(), new ByteArraySerializer());
        enrichedStories = driver.createOutputTopic(topics.enrichedStories().name(),
                serdes.key(topics.enrichedStories()).deserializer(),
                serdes.value(topics.enrichedStories()).deserializer());
        escalation = driver.createOutputTopic(topics.escalation().name(), serdes.key(topics.escalation())
                .deserializer(), serdes.value(topics.escalation()).deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldCountStoriesInAndOutAndEventsByType() {
        // Given
        RawStory story = TestStories.story("story-1", "Treaty row", "France accused Germany of breaking the treaty.",
                null);

        // When
        rawStories.pipeInput("story-1", story, story.getVersionCreated());
        rawStories.pipeInput("story-2", (RawStory) null);

        // Then
        List<Event> events = enrichedStories.readValue().getEvents();
        assertThat(events).isNotEmpty();
        assertThat(metrics.count("dateline.enrich.stories.in")).isEqualTo(1);
        assertThat(metrics.count("dateline.enrich.stories.out")).isEqualTo(1);
        for (Event event : events) {
            long ofType = events.stream().filter(e -> e.getType().equals(event.getType())).count();
            assertThat(metrics.count("dateline.enrich.events", "type", event.getType())).isEqualTo(ofType);
        }
        assertThat(metrics.count("dateline.enrich.escalation.windows", "granularity", "hour")).isEqualTo(1);
        assertThat(metrics.count("dateline.enrich.escalation.windows", "granularity", "day")).isEqualTo(1);
    }

    @Test
    void shouldCountDeadLettersByReason() {
        // Given
        byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);

        // When
        rawBytes.pipeInput("poison-1", poison);
        rawStories.pipeInput("story-3", TestStories.story("story-3", EXPLODE, "Israel said nothing.", null));
        rawStories.pipeInput("story-4", TestStories.story("story-4", "Israel votes", "Israelis voted.", null));

        // Then
        assertThat(metrics.count("dateline.enrich.dead.letters", "reason", DeadLetters.DESERIALIZATION)).isEqualTo(1);
        assertThat(metrics.count("dateline.enrich.dead.letters", "reason", DeadLetters.PROCESSING)).isEqualTo(1);
        assertThat(metrics.count("dateline.enrich.stories.in")).isEqualTo(2);
        assertThat(metrics.count("dateline.enrich.stories.out")).isEqualTo(1);
    }

    @Test
    void shouldCountEveryEscalationWindowEmittedWithAnAlert() {
        // Given: a little conflict between a dyad in one hour, then much more in the next
        Instant quiet = Instant.parse("2026-01-16T09:10:00Z");
        Instant loud = Instant.parse("2026-01-16T10:10:00Z");
        pipe("calm-1", quiet);
        for (int i = 1; i <= 8; i++) {
            pipe("row-" + i, loud);
        }

        // When
        long alerts = escalation.readValuesToList().stream().filter(EscalationWindow::getAlert).count();

        // Then
        assertThat(alerts).isPositive();
        assertThat(metrics.count("dateline.enrich.escalation.alerts", "granularity", "hour")
                + metrics.count("dateline.enrich.escalation.alerts", "granularity", "day")).isEqualTo(alerts);
    }

    private void pipe(String id, Instant at) {
        RawStory story = TestStories.story(id, "Treaty row", "France accused Germany of breaking the treaty.", null);
        story.setFirstCreated(at);
        story.setVersionCreated(at);
        rawStories.pipeInput(id, story, at);
    }
}
