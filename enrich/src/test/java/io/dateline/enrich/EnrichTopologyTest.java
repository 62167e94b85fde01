package io.dateline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import io.dateline.avro.RawStory;
import io.dateline.enrich.deadletter.DeadLetters;
import io.dateline.enrich.escalation.EscalationIndex;
import io.dateline.enrich.tag.DatelineResolver;
import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.GazetteerTagger;
import io.dateline.platform.ConfigSource;
import io.dateline.schemas.DeadLetterHeaders;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final String EXPLODE = "EXPLODE";

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.withPrefix("test.");
    private final Serdes serdes = Serdes.embedded();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawStory> rawStories;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedStory> enrichedStories;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private TestOutputTopic<String, EscalationWindow> escalation;

    @BeforeEach
    void startDriver() {
        Gazetteer gazetteer = Gazetteer.standard();
        GazetteerTagger tagger = new GazetteerTagger(gazetteer);
        // a tagger with a bug: it throws on one kind of story
        Enricher enricher = new Enricher((text, date) -> {
            if (text.text().contains(EXPLODE)) {
                throw new IllegalStateException("tagger bug on purpose");
            }
            return tagger.tag(text, date);
        }, new DatelineResolver(gazetteer), "test", TestStories.CLOCK);
        EnrichConfig config = EnrichConfig.from(ConfigSource.of(Map.of(
                "DATELINE_TOPIC_PREFIX", "test.",
                "DATELINE_BOOTSTRAP_SERVERS", "unused:9092",
                "DATELINE_ENRICH_STATE_DIR", stateDir.toString(),
                // the driver shows a dead letter of an unreadable record only under at_least_once; EnrichIT checks
                // the dead letters under the default exactly_once_v2 on a real broker
                "DATELINE_ENRICH_PROCESSING_GUARANTEE", "at_least_once")));
        driver = new TopologyTestDriver(EnrichTopology.build(topics, serdes, enricher), config.streamsProperties());
        var raw = topics.rawStories();
        var enriched = topics.enrichedStories();
        rawStories = driver.createInputTopic(raw.name(), serdes.key(raw).serializer(), serdes.value(raw).serializer());
        rawBytes = driver.createInputTopic(raw.name(), new StringSerializer(), new ByteArraySerializer());
        enrichedStories = driver.createOutputTopic(enriched.name(), serdes.key(enriched).deserializer(),
                serdes.value(enriched).deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        escalation = driver.createOutputTopic(topics.escalation().name(), serdes.key(topics.escalation())
                .deserializer(), serdes.value(topics.escalation()).deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldPublishTheEnrichedStoryUnderTheStoryId() {
        // Given
        RawStory story = TestStories.story("story-1", "Iran and Oman talk trade",
                "Iranian and Omani officials met in Muscat on Monday.", "TEHRAN, Jan 12 (Test Wire)");

        // When
        rawStories.pipeInput("story-1", story);

        // Then
        KeyValue<String, EnrichedStory> out = enrichedStories.readKeyValue();
        assertThat(out.key).isEqualTo("story-1");
        assertThat(out.value.getId()).isEqualTo("story-1");
        assertThat(out.value.getCountries()).containsExactly("IRN", "OMN");
        assertThat(out.value.getEnrichedAt()).isEqualTo(TestStories.NOW);
        assertThat(enrichedStories.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldIndexTheStorysEventsByDyadAndWindow() {
        // Given
        RawStory story = TestStories.story("story-7", "Treaty row", "France accused Germany of breaking the treaty.",
                null);

        // When
        rawStories.pipeInput("story-7", story, story.getVersionCreated());

        // Then: versionCreated is 2026-01-16T10:00:00Z
        Map<String, EscalationWindow> windows = escalation.readKeyValuesToMap();
        long hour = Instant.parse("2026-01-16T10:00:00Z").toEpochMilli();
        long day = Instant.parse("2026-01-16T00:00:00Z").toEpochMilli();
        assertThat(windows).containsOnlyKeys("FRA|DEU|hour|" + hour, "FRA|DEU|day|" + day);
        assertThat(windows.get("FRA|DEU|hour|" + hour)).satisfies(window -> {
            assertThat(window.getEvents()).isEqualTo(1);
            assertThat(window.getVerbalConflict()).isEqualTo(1);
            assertThat(window.getConflictIntensity()).isEqualTo(2.0);
        });
    }

    @Test
    void shouldKeyTheOutputByStoryIdWhateverTheInputKey() {
        rawStories.pipeInput("some-other-key", TestStories.story("story-2", "Quiet day", "Nothing happened.", null));

        assertThat(enrichedStories.readKeyValue().key).isEqualTo("story-2");
    }

    @Test
    void shouldDeadLetterBytesThatAreNotARawStoryAndCarryOn() {
        // Given
        byte[] poison = "not avro at all".getBytes(StandardCharsets.UTF_8);

        // When
        rawBytes.pipeInput("poison-1", poison);
        rawStories.pipeInput("story-3", TestStories.story("story-3", "Kremlin speaks", "Moscow said no.", null));

        // Then
        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("poison-1");
        assertThat(header(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetters.DESERIALIZATION);
        assertThat(header(dead.headers(), DeadLetterHeaders.SERVICE)).isEqualTo(DeadLetters.SERVICE);
        assertThat(header(dead.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.rawStories().name());
        assertThat(header(dead.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
        assertThat(header(dead.headers(), DeadLetterHeaders.MESSAGE)).contains("Not an Avro record");
        assertThat(header(dead.headers(), "__streams.errors.exception")).isNotEmpty();
        assertThat(enrichedStories.readValue().getCountries()).containsExactly("RUS");
    }

    @Test
    void shouldDeadLetterAStoryTheEnricherFailsOnAndCarryOn() {
        // Given
        RawStory failing = TestStories.story("story-4", EXPLODE, "Israel said nothing.", null);

        // When
        rawStories.pipeInput("story-4", failing);
        rawStories.pipeInput("story-5", TestStories.story("story-5", "Israel votes", "Israelis voted.", null));

        // Then
        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertThat(header(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetters.PROCESSING);
        assertThat(header(dead.headers(), DeadLetterHeaders.MESSAGE)).contains("tagger bug on purpose");
        assertThat(header(dead.headers(), DeadLetterHeaders.EXCEPTION))
                .isEqualTo(IllegalStateException.class.getName());
        assertThat(serdes.value(topics.rawStories()).deserializer().deserialize("any", dead.value()))
                .isEqualTo(failing);
        assertThat(enrichedStories.readKeyValue().key).isEqualTo("story-5");
    }

    @Test
    void shouldSkipTombstones() {
        rawStories.pipeInput("story-6", (RawStory) null);

        assertThat(enrichedStories.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldNameEveryProcessorAndStore() {
        TopologyDescription description = EnrichTopology.build(topics, serdes, Enricher.standard(TestStories.CLOCK))
                .describe();

        String repartition = EscalationIndex.BY_DYAD + "-repartition";
        assertThat(description.subtopologies()).hasSize(2);
        assertThat(description.subtopologies()).flatExtracting(TopologyDescription.Subtopology::nodes)
                .extracting(TopologyDescription.Node::name)
                .containsExactlyInAnyOrder(EnrichTopology.SOURCE, EnrichTopology.SKIP_TOMBSTONES,
                        EnrichTopology.ENRICH, EnrichTopology.KEY_BY_ID, EnrichTopology.SINK,
                        EnrichTopology.COUNT_IN, EnrichTopology.COUNT_OUT, EnrichTopology.COUNT_WINDOWS,
                        EscalationIndex.CONTRIBUTIONS, repartition + "-filter", repartition + "-sink",
                        repartition + "-source", EscalationIndex.WINDOWS, EnrichTopology.ESCALATION_SINK);
        assertThat(description.subtopologies()).flatExtracting(TopologyDescription.Subtopology::nodes)
                .filteredOn(node -> node instanceof TopologyDescription.Processor)
                .flatExtracting(node -> ((TopologyDescription.Processor) node).stores())
                .containsExactlyInAnyOrder(EscalationIndex.CONTRIBUTIONS_STORE, EscalationIndex.EVENT_CLOCK_STORE,
                        EscalationIndex.WINDOWS_STORE);
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
