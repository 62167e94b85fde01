package io.dateline.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server properties -> a formatted KRaft log directory, with Kafka's own {@code kafka-storage format} and a new cluster
 * id. A log directory formatted before (it has a {@code meta.properties}) is left as it is, with its cluster id. The
 * tool's console output goes to the DEBUG log, or into the exception when it fails.
 */
final class StorageFormatter {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatter.class);

    private StorageFormatter() {
    }

    static void format(Properties props, Path dir, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            LOG.debug("{} is formatted already", logDir);
            return;
        }
        Path propsFile = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by io.dateline.embedded.EmbeddedKafka");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + propsFile, e);
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", propsFile.toString()}, print);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot format the Kafka data directory " + dir + ": " + e.getMessage()
                    + " " + console.toString(StandardCharsets.UTF_8).trim(), e);
        }
        String output = console.toString(StandardCharsets.UTF_8).trim();
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting the Kafka data directory " + dir + " failed (exit code "
                    + exitCode + "): " + output);
        }
        LOG.debug("kafka-storage format: {}", output);
    }
}
