package io.dateline.ingest;

import io.dateline.ingest.parse.ParseContext;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.ServiceMain;
import java.time.Clock;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service, wiring only: settings from the environment ({@link IngestConfig}), publish every story under
 * DATELINE_INGEST_PATHS once, log a summary, exit. Exit codes as {@link ServiceMain}: 0 when every story found was
 * published (files without a story are reported, not fatal), 1 when Kafka failed, 2 for a configuration error.
 */
public final class IngestApp {

    private static final Logger LOG = LoggerFactory.getLogger(IngestApp.class);

    private IngestApp() {
    }

    public static void main(String[] args) {
        System.exit(run(ConfigSource.fromEnvironment(), Clock.systemUTC()));
    }

    /** One run with {@code source}'s settings; returns the exit code. */
    static int run(ConfigSource source, Clock clock) {
        IngestConfig config;
        try {
            config = IngestConfig.from(source);
        } catch (ConfigException e) {
            LOG.error("ingest: configuration error: {}", e.getMessage());
            return ServiceMain.EXIT_CONFIG;
        }
        IngestPipeline pipeline = IngestPipeline.create(new ParseContext(clock, config.ingestHost()),
                config.maxFileBytes());
        try {
            IngestReport report = pipeline.publish(config.paths(), config.kafka(), config.publishTimeout());
            report.failedFiles().forEach(file -> LOG.warn("ingest: {}", file.summary()));
            report.publishing().failures().forEach(failure -> LOG.error("ingest: not published: {}", failure));
            LOG.info("ingest: {} to {}", report.summary(), config.kafka().topics().rawStories().name());
            return report.publishing().ok() ? ServiceMain.EXIT_OK : ServiceMain.EXIT_FAILURE;
        } catch (KafkaException | IllegalStateException e) {
            LOG.error("ingest: Kafka at {} failed: {}", config.kafka().bootstrapServers(), e.getMessage(), e);
            return ServiceMain.EXIT_FAILURE;
        }
    }
}
