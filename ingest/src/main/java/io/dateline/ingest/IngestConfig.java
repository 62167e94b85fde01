package io.dateline.ingest;

import io.dateline.ingest.parse.ParseContext;
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
 * The ingest service's settings, typed and validated, from a {@link ConfigSource}: which files and folders to publish,
 * limits, and the shared {@link KafkaSettings}. A wrong or missing value fails at start with a message naming it.
 *
 * @param paths          files and folders to publish (each exists)
 * @param ingestHost     host name recorded in each story's provenance
 * @param maxFileBytes   larger files are reported, not read
 * @param publishTimeout how long one story may wait for Kafka
 * @param kafka          cluster, topics, serdes
 */
public record IngestConfig(List<Path> paths, String ingestHost, int maxFileBytes, Duration publishTimeout,
                           KafkaSettings kafka) {

    public static final Setting<List<Path>> PATHS = new Setting<>("DATELINE_INGEST_PATHS", null,
            "Comma-separated files and folders to publish once; folders are read recursively in sorted order, hidden "
                    + "files skipped; files are never moved or changed. Required.", IngestConfig::parsePaths);
    public static final Setting<String> HOST = Setting.string("DATELINE_INGEST_HOST", null,
            "Host name recorded in each story's provenance; default: $HOSTNAME or this machine's name.");
    public static final Setting<Integer> MAX_FILE_BYTES = Setting.integer("DATELINE_INGEST_MAX_FILE_BYTES",
            IngestPipeline.DEFAULT_MAX_FILE_BYTES, 1, Integer.MAX_VALUE,
            "Files larger than this many bytes are reported, not read.");
    public static final Setting<Duration> PUBLISH_TIMEOUT = new Setting<>("DATELINE_INGEST_PUBLISH_TIMEOUT", "60s",
            "How long one story may wait for Kafka (metadata and acknowledgement), e.g. 30s; at least 1s.",
            IngestConfig::parseTimeout);

    /** Every setting of the ingest service; it also reads {@link KafkaSettings#SETTINGS}. */
    public static final List<Setting<?>> SETTINGS = List.of(PATHS, HOST, MAX_FILE_BYTES, PUBLISH_TIMEOUT);

    public IngestConfig {
        paths = List.copyOf(paths);
        Objects.requireNonNull(ingestHost, "ingestHost");
        Objects.requireNonNull(publishTimeout, "publishTimeout");
        Objects.requireNonNull(kafka, "kafka");
    }

    /** The settings in {@code config}; throws {@code ConfigException} naming the first wrong one. */
    public static IngestConfig from(ConfigSource config) {
        return new IngestConfig(config.get(PATHS), config.find(HOST).orElseGet(ParseContext::localHostName),
                config.get(MAX_FILE_BYTES), config.get(PUBLISH_TIMEOUT), KafkaSettings.from(config));
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
}
