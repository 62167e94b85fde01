package io.dateline.ingest.publish;

import io.dateline.avro.RawStory;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.TopicInitializer;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stories -> records on the raw-stories topic, keyed by story id (all versions of a story on one partition, in order),
 * through an idempotent producer (see {@link ProducerProperties}). {@link #send} is asynchronous; {@link #awaitAll()}
 * waits until the broker acknowledged or refused every record sent so far and reports each. A story that cannot be
 * serialised or is refused is a failure in the report. Once a send timed out or was denied (the cluster is unreachable,
 * or we may not write), the next {@link #send} throws a {@code KafkaException}, so that a run stops instead of waiting
 * out the timeout once per story. {@link #close()} is idempotent.
 */
public final class StoryPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoryPublisher.class);
    private static final int ADMIN_REQUEST_TIMEOUT_MS = 30_000;

    private final Producer<String, RawStory> producer;
    private final String topic;
    private final Duration closeTimeout;
    private final List<Published> published = new ArrayList<>();
    private final List<PublishFailure> failures = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Exception fatal;

    StoryPublisher(Producer<String, RawStory> producer, String topic, Duration closeTimeout) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    /**
     * A publisher to {@code settings.topics().rawStories()}. Creates the missing topics of the catalogue first when
     * {@code settings.createTopics()}.
     *
     * @param timeout how long one record may wait for metadata or acknowledgement (and topic creation for the cluster)
     */
    public static StoryPublisher open(KafkaSettings settings, Duration timeout) {
        Topic<String, RawStory> rawStories = settings.topics().rawStories();
        if (settings.createTopics()) {
            int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            try (Admin admin = Admin.create(settings.clientProperties(Map.of(
                    AdminClientConfig.CLIENT_ID_CONFIG, ProducerProperties.CLIENT_ID + "-admin",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, ADMIN_REQUEST_TIMEOUT_MS))))) {
                TopicInitializer.ensureTopics(admin, settings.topics().all(), settings.replicationFactor());
            }
        }
        Serdes serdes = settings.serdes();
        KafkaProducer<String, RawStory> producer = new KafkaProducer<>(
                settings.clientProperties(ProducerProperties.defaults(timeout)),
                serdes.key(rawStories).serializer(), serdes.value(rawStories).serializer());
        return new StoryPublisher(producer, rawStories.name(), timeout);
    }

    /** The topic it writes to. */
    public String topic() {
        return topic;
    }

    /** Sends {@code story} without waiting; its outcome is in the next {@link #awaitAll()} report. */
    public void send(RawStory story) {
        if (closed.get()) {
            throw new IllegalStateException("StoryPublisher is closed");
        }
        if (fatal != null) {
            throw new KafkaException("Stopped publishing to " + topic + ": " + fatal.getMessage(), fatal);
        }
        String id = story.getId();
        long version = story.getVersion();
        try {
            producer.send(new ProducerRecord<>(topic, id, story), (metadata, error) -> {
                synchronized (this) {
                    if (error == null) {
                        published.add(new Published(id, version, metadata.topic(), metadata.partition(),
                                metadata.offset()));
                    } else {
                        failures.add(new PublishFailure(id, version, error.toString()));
                        if (isFatal(error)) {
                            fatal = error;
                        }
                    }
                }
            });
        } catch (SerializationException e) {
            synchronized (this) {
                failures.add(new PublishFailure(id, version, e.toString()));
            }
        }
    }

    /** Errors that every later record would meet as well. */
    private static boolean isFatal(Exception error) {
        return error instanceof TimeoutException || error instanceof AuthenticationException
                || error instanceof AuthorizationException;
    }

    /** Sends every story and waits for all of them; the report covers everything sent since the last report. */
    public PublishReport publish(Iterable<RawStory> stories) {
        stories.forEach(this::send);
        return awaitAll();
    }

    /** Waits until every record sent so far is acknowledged or failed; reports them and starts a new report. */
    public PublishReport awaitAll() {
        producer.flush();
        synchronized (this) {
            PublishReport report = new PublishReport(published, failures);
            published.clear();
            failures.clear();
            return report;
        }
    }

    /** Closes the producer; records not yet acknowledged get up to the timeout to be delivered. Safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            producer.close(closeTimeout);
            LOG.debug("Story publisher for {} closed", topic);
        }
    }
}
