package io.dateline.embedded;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), running in this JVM on 127.0.0.1.
 * {@link #start()} picks free ports, formats a temporary data directory and returns once the broker answers requests;
 * {@link #close()} stops it and deletes that directory, and is safe to call more than once.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
 *     producerProps.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int PORT_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final Duration startupTime;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(KafkaRaftServer server, int port, Path dataDir, boolean deleteOnClose, Duration startupTime) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.startupTime = startupTime;
    }

    /** Starts a broker with free ports, a temporary data directory and one partition per auto-created topic. */
    public static EmbeddedKafka start() {
        return builder().start();
    }

    /** Starts a broker whose automatically created topics get {@code partitions} partitions. */
    public static EmbeddedKafka start(int partitions) {
        return builder().partitions(partitions).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The client port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Where the broker keeps its partitions and metadata log. */
    public Path dataDir() {
        return dataDir;
    }

    /** How long {@link Builder#start()} took, from formatting to the first answered request. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the broker, waits for it, and deletes its data directory unless it was given by the caller. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop(server);
        if (deleteOnClose) {
            DataDirectory.delete(dataDir);
        }
        LOG.info("Embedded Kafka on {} stopped", bootstrapServers());
    }

    private static void stop(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka did not shut down cleanly: {}", e.toString());
        }
    }

    /** Options of an embedded broker; every one has a default that suits a test. */
    public static final class Builder {
        private int partitions = 1;
        private int port;
        private Path dataDir;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Partitions of topics the broker creates on first use ({@code num.partitions}); default 1. */
        public Builder partitions(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("partitions must be at least 1: " + count);
            }
            this.partitions = count;
            return this;
        }

        /** A fixed client port instead of a free one (the controller port is still picked free). */
        public Builder port(int clientPort) {
            if (clientPort < 1 || clientPort > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535: " + clientPort);
            }
            this.port = clientPort;
            return this;
        }

        /**
         * Keep the data in {@code directory} (created and formatted when new, reused when formatted before) and leave
         * it in place on close. Default: a fresh temporary directory, deleted on close.
         */
        public Builder dataDir(Path directory) {
            this.dataDir = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Any broker property, e.g. {@code auto.create.topics.enable=false}; applied over the defaults. */
        public Builder brokerProperty(String name, String value) {
            overrides.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** How long start may take until the broker answers requests; default 60 s. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Formats the data directory, starts the broker and returns once it answers requests. */
        public EmbeddedKafka start() {
            BrokerLogging.quiet();
            for (int attempt = 1; ; attempt++) {
                try {
                    return startOnce();
                } catch (RuntimeException e) {
                    boolean portTaken = port == 0 && hasCause(e, BindException.class);
                    if (!portTaken || attempt == PORT_ATTEMPTS) {
                        throw e;
                    }
                    LOG.warn("Embedded Kafka: a picked port was taken meanwhile, retrying with new ports");
                }
            }
        }

        private EmbeddedKafka startOnce() {
            long started = System.nanoTime();
            boolean temporary = dataDir == null;
            Path dir = temporary ? DataDirectory.createTemporary() : DataDirectory.create(dataDir);
            int clientPort = port == 0 ? FreePorts.pick() : port;
            int controllerPort = FreePorts.pick();
            Path logDir = dir.resolve("logs");
            Properties props = BrokerProperties.of(clientPort, controllerPort, logDir, partitions, overrides);
            KafkaRaftServer server = null;
            try {
                StorageFormatter.format(props, dir, logDir);
                server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
                server.startup();
                ReadinessProbe.await("127.0.0.1:" + clientPort, startTimeout);
            } catch (RuntimeException e) {
                if (server != null) {
                    stop(server);
                }
                if (temporary) {
                    DataDirectory.delete(dir);
                }
                throw e;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Embedded Kafka on 127.0.0.1:{} started in {} ms (data in {})", clientPort, took.toMillis(), dir);
            return new EmbeddedKafka(server, clientPort, dir, temporary, took);
        }

        private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
