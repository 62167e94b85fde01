package io.dateline.ingest;

import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.StoryLimits;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ingest service's settings, typed and validated, from a {@link ConfigSource}: the drop folder, the HTTP
 * endpoint, files to publish once at start, limits, duplicate suppression, and the shared {@link KafkaSettings}. A
 * wrong value fails at start with a message naming it. {@link #toString()} never shows the HTTP token.
 *
 * @param paths          files and folders to publish once at start, read in place (may be empty)
 * @param dropDir        the drop folder to watch, or null for none
 * @param dropPoll       time between two looks at the drop folder
 * @param dropSettle     how long a file must stay unchanged before it is taken
 * @param httpHost       address the HTTP endpoint binds
 * @param httpPort       its port (0: any free port; -1: no HTTP endpoint)
 * @param httpMaxBytes   largest request body
 * @param httpToken      bearer token required by POST /v1/stories, or null for none
 * @param httpAckTimeout how long a request waits for Kafka's acknowledgement before 503
 * @param ingestHost     host name recorded in each story's provenance
 * @param maxFileBytes   larger files are rejected, not read
 * @param limits         story and field size limits
 * @param dedupeCapacity story versions remembered to drop duplicates
 * @param publishTimeout how long one story may wait for Kafka
 * @param kafka          cluster, topics, serdes
 */
public record IngestConfig(List<Path> paths, Path dropDir, Duration dropPoll, Duration dropSettle, String httpHost,
                           int httpPort, int httpMaxBytes, String httpToken, Duration httpAckTimeout,
                           String ingestHost, int maxFileBytes, StoryLimits limits, int dedupeCapacity,
                           Duration publishTimeout, KafkaSettings kafka) {

    public static final Setting<List<Path>> PATHS = new Setting<>("DATELINE_INGEST_PATHS", null,
            "Comma-separated files and folders to publish once at start (a backfill); read in place, recursively in "
                    + "sorted order, hidden files skipped; never moved or changed.", IngestConfig::parsePaths);
    public static final Setting<Path> DROP_DIR = new Setting<>("DATELINE_INGEST_DROP_DIR", null,
            "Drop folder to watch: files put there are published, then moved to processed/ (or rejected/ with a "
                    + "<name>.reason.txt); created when missing. Unset: no drop folder.", Path::of);
    public static final Setting<Duration> DROP_POLL = Setting.duration("DATELINE_INGEST_DROP_POLL", "1s",
            "Time between two looks at the drop folder.");
    public static final Setting<Duration> DROP_SETTLE = Setting.duration("DATELINE_INGEST_DROP_SETTLE", "1s",
            "A drop-folder file is taken once its size and modification time stayed the same this long.");
    public static final Setting<String> HTTP_HOST = Setting.string("DATELINE_INGEST_HTTP_HOST", "0.0.0.0",
            "Address the HTTP endpoint (POST /v1/stories, /health, /metrics) binds.");
    public static final Setting<Integer> HTTP_PORT = Setting.integer("DATELINE_INGEST_HTTP_PORT", 8080, -1, 65535,
            "Port of the HTTP endpoint; 0 picks a free one, -1 turns HTTP off.");
    public static final Setting<Integer> HTTP_MAX_BYTES = Setting.integer("DATELINE_INGEST_HTTP_MAX_BYTES",
            4 * 1024 * 1024, 1, Integer.MAX_VALUE - 1, "Largest body POST /v1/stories accepts; larger gets 413.");
    public static final Setting<String> HTTP_TOKEN = Setting.string("DATELINE_INGEST_HTTP_TOKEN", null,
            "Bearer token POST /v1/stories requires (401 without it); unset: no authentication. Never logged.");
    public static final Setting<Duration> HTTP_ACK_TIMEOUT = Setting.duration("DATELINE_INGEST_HTTP_ACK_TIMEOUT",
            "10s", "How long POST /v1/stories waits for Kafka's acknowledgement before answering 503.");
    public static final Setting<String> HOST = Setting.string("DATELINE_INGEST_HOST", null,
            "Host name recorded in each story's provenance; default: $HOSTNAME or this machine's name.");
    public static final Setting<Integer> MAX_FILE_BYTES = Setting.integer("DATELINE_INGEST_MAX_FILE_BYTES",
            IngestPipeline.DEFAULT_MAX_FILE_BYTES, 1, Integer.MAX_VALUE - 1,
            "Files larger than this many bytes are rejected, not read.");
    public static final Setting<Integer> MAX_BODY_CHARS = Setting.integer("DATELINE_INGEST_MAX_BODY_CHARS",
            StoryLimits.DEFAULT_MAX_BODY_CHARS, 1, Integer.MAX_VALUE,
            "A story whose body is longer than this many characters is rejected.");
    public static final Setting<Integer> MAX_FIELD_CHARS = Setting.integer("DATELINE_INGEST_MAX_FIELD_CHARS",
            StoryLimits.DEFAULT_MAX_FIELD_CHARS, 1, Integer.MAX_VALUE,
            "A story with another field (headline, byline, id, a subject ...) longer than this is rejected.");
    public static final Setting<Integer> DEDUPE_CAPACITY = Setting.integer("DATELINE_INGEST_DEDUPE_CAPACITY",
            StoryPublisher.DEFAULT_DEDUPE_CAPACITY, 0, 100_000_000,
            "Story versions (id, version, content hash) remembered in memory to drop duplicates; 0 turns it off.");
    public static final Setting<Duration> PUBLISH_TIMEOUT = new Setting<>("DATELINE_INGEST_PUBLISH_TIMEOUT", "60s",
            "How long one story may wait for Kafka (metadata and acknowledgement), e.g. 30s; at least 1s.",
            IngestConfig::parseTimeout);

    /** Every setting of the ingest service; it also reads {@link KafkaSettings#SETTINGS}. */
    public static final List<Setting<?>> SETTINGS = List.of(PATHS, DROP_DIR, DROP_POLL, DROP_SETTLE, HTTP_HOST,
            HTTP_PORT, HTTP_MAX_BYTES, HTTP_TOKEN, HTTP_ACK_TIMEOUT, HOST, MAX_FILE_BYTES, MAX_BODY_CHARS,
            MAX_FIELD_CHARS, DEDUPE_CAPACITY, PUBLISH_TIMEOUT);

    public IngestConfig {
        paths = List.copyOf(paths);
        Objects.requireNonNull(dropPoll, "dropPoll");
        Objects.requireNonNull(dropSettle, "dropSettle");
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(httpAckTimeout, "httpAckTimeout");
        Objects.requireNonNull(ingestHost, "ingestHost");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(publishTimeout, "publishTimeout");
        Objects.requireNonNull(kafka, "kafka");
    }

    /** The settings in {@code config}; throws {@code ConfigException} naming the first wrong one. */
    public static IngestConfig from(ConfigSource config) {
        return new IngestConfig(config.find(PATHS).orElse(List.of()), config.find(DROP_DIR).orElse(null),
                positive(config, DROP_POLL), config.get(DROP_SETTLE), config.get(HTTP_HOST), config.get(HTTP_PORT),
                config.get(HTTP_MAX_BYTES), config.find(HTTP_TOKEN).orElse(null), positive(config, HTTP_ACK_TIMEOUT),
                config.find(HOST).orElseGet(ParseContext::localHostName), config.get(MAX_FILE_BYTES),
                new StoryLimits(config.get(MAX_BODY_CHARS), config.get(MAX_FIELD_CHARS)),
                config.get(DEDUPE_CAPACITY), config.get(PUBLISH_TIMEOUT), KafkaSettings.from(config));
    }

    /** Whether the HTTP endpoint is on. */
    public boolean httpEnabled() {
        return httpPort >= 0;
    }

    private static Duration positive(ConfigSource config, Setting<Duration> setting) {
        Duration value = config.get(setting);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(setting.name() + "='" + value + "' is invalid: must be "
                    + "positive");
        }
        return value;
    }

    private static List<Path> parsePaths(String text) {
        List<Path> paths = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Path path = Path.of(part.strip());
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            paths.add(path);
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("names no path");
        }
        return paths;
    }

    private static Duration parseTimeout(String text) {
        Duration timeout = Setting.duration("DATELINE_INGEST_PUBLISH_TIMEOUT", null, "").parser().apply(text);
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("must be at least 1s");
        }
        return timeout;
    }

    @Override
    public String toString() {
        return "IngestConfig[paths=" + paths + ", dropDir=" + dropDir + ", dropPoll=" + dropPoll + ", dropSettle="
                + dropSettle + ", http=" + (httpEnabled() ? httpHost + ":" + httpPort : "off") + ", httpMaxBytes="
                + httpMaxBytes + ", httpToken=" + (httpToken == null ? "none" : "****") + ", httpAckTimeout="
                + httpAckTimeout + ", ingestHost=" + ingestHost + ", maxFileBytes=" + maxFileBytes + ", limits="
                + limits + ", dedupeCapacity=" + dedupeCapacity + ", publishTimeout=" + publishTimeout + ", kafka="
                + kafka + "]";
    }
}
