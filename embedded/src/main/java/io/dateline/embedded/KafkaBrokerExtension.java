package io.dateline.embedded;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: one {@link EmbeddedKafka} per test class, started before the first test and closed after the
 * last. Tests share the broker, so each takes its own names from {@link #uniquePrefix()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
 *
 * @Test
 * void shouldPublish() {
 *     Topics topics = Topics.withPrefix(KAFKA.uniquePrefix());
 *     ... KAFKA.bootstrapServers() ...
 * }
 * }</pre>
 * Nested test classes reuse the broker of their enclosing class.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, AfterAllCallback {

    private final EmbeddedKafka.Builder builder;
    private EmbeddedKafka kafka;
    private int depth;

    /** A broker with the defaults of {@link EmbeddedKafka#start()}. */
    public KafkaBrokerExtension() {
        this(EmbeddedKafka.builder());
    }

    /** A broker started from {@code builder}, e.g. {@code EmbeddedKafka.builder().partitions(3)}. */
    public KafkaBrokerExtension(EmbeddedKafka.Builder builder) {
        this.builder = builder;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (depth++ == 0) {
            kafka = builder.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--depth == 0 && kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** {@code 127.0.0.1:<port>} of the running broker. */
    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** The running broker. */
    public synchronized EmbeddedKafka broker() {
        if (kafka == null) {
            throw new IllegalStateException("The Kafka broker runs only while a test class runs: register "
                    + "KafkaBrokerExtension as a static field with @RegisterExtension");
        }
        return kafka;
    }

    /**
     * A fresh name prefix on every call, e.g. {@code it-3f2a9c1b.}, for topic names ({@code Topics.withPrefix}),
     * application ids and group ids of one test.
     */
    public String uniquePrefix() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + ".";
    }
}
