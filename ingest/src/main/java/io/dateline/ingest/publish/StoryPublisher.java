package io.dateline.ingest.publish;

import io.dateline.avro.RawStory;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.TopicInitializer;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stories -> records on the raw-stories topic, keyed by story id (all versions of a story on one partition, in order),
 * through an idempotent producer (see {@link ProducerProperties}). {@link #publish} is asynchronous and returns a
 * future per story that completes when the broker acknowledged it (or fails with a {@link PublishException}); a story
 * whose id, version and content hash were acknowledged before ({@link DuplicateFilter}) is not sent again: its future
 * completes at once with the earlier acknowledgement and it is counted as a duplicate. {@link #send} and
 * {@link #awaitAll()} report batches for callers that read many files. Once a send timed out or was denied (the
 * cluster is unreachable, or we may not write), the next {@link #send} throws a {@code KafkaException}, so that a run
 * stops instead of waiting out the timeout once per story. {@link #close()} is idempotent.
 */
public final class StoryPublisher implements AutoCloseable {

    /** Default number of acknowledged story versions remembered to drop duplicates. */
    public static final int DEFAULT_DEDUPE_CAPACITY = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(StoryPublisher.class);
    private static final int ADMIN_REQUEST_TIMEOUT_MS = 30_000;

    private final Producer<String, RawStory> producer;
    private final String topic;
    private final Duration closeTimeout;
    private final DuplicateFilter duplicates;
    private final IngestMetrics metrics;
    private final List<Published> published = new ArrayList<>();
    private final List<Published> duplicated = new ArrayList<>();
    private final List<PublishFailure> failures = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Exception fatal;

    StoryPublisher(Producer<String, RawStory> producer, String topic, Duration closeTimeout) {
        this(producer, topic, closeTimeout, new DuplicateFilter(DEFAULT_DEDUPE_CAPACITY), IngestMetrics.inMemory());
    }

    StoryPublisher(Producer<String, RawStory> producer, String topic, Duration closeTimeout,
                   DuplicateFilter duplicates, IngestMetrics metrics) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * A publisher to {@code settings.topics().rawStories()}. Creates the missing topics of the catalogue first when
     * {@code settings.createTopics()}.
     *
     * @param timeout how long one record may wait for metadata or acknowledgement (and topic creation for the cluster)
     */
    public static StoryPublisher open(KafkaSettings settings, Duration timeout) {
        if (settings.createTopics()) {
            createTopics(settings, timeout);
        }
        return create(settings, timeout, DEFAULT_DEDUPE_CAPACITY, IngestMetrics.inMemory());
    }

    /**
     * A publisher that creates no topics and does not need the cluster to be up yet (a long-running service creates
     * topics when the cluster answers, see {@code KafkaReadiness}).
     *
     * @param dedupeCapacity how many acknowledged story versions to remember for dropping duplicates (0: none)
     */
    public static StoryPublisher create(KafkaSettings settings, Duration timeout, int dedupeCapacity,
                                        IngestMetrics metrics) {
        Topic<String, RawStory> rawStories = settings.topics().rawStories();
        Serdes serdes = settings.serdes();
        KafkaProducer<String, RawStory> producer = new KafkaProducer<>(
                settings.clientProperties(ProducerProperties.defaults(timeout)),
                serdes.key(rawStories).serializer(), serdes.value(rawStories).serializer());
        return new StoryPublisher(producer, rawStories.name(), timeout, new DuplicateFilter(dedupeCapacity), metrics);
    }

    /** Creates the missing topics of the catalogue; throws a {@code KafkaException} when the cluster fails. */
    public static void createTopics(KafkaSettings settings, Duration timeout) {
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Admin admin = Admin.create(settings.clientProperties(Map.of(
                AdminClientConfig.CLIENT_ID_CONFIG, ProducerProperties.CLIENT_ID + "-admin",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, ADMIN_REQUEST_TIMEOUT_MS))))) {
            TopicInitializer.ensureTopics(admin, settings.topics().all(), settings.replicationFactor());
        }
    }

    /** The topic it writes to. */
    public String topic() {
        return topic;
    }

    /**
     * Sends {@code story} without waiting. The future completes with where it was written once the broker acknowledged
     * it (or with the earlier acknowledgement of a duplicate), or exceptionally with a {@link PublishException}.
     */
    public CompletableFuture<Published> publish(RawStory story) {
        if (closed.get()) {
            throw new IllegalStateException("StoryPublisher is closed");
        }
        metrics.received(story.getFormat());
        Optional<Published> previous = duplicates.previous(story);
        if (previous.isPresent()) {
            metrics.duplicate();
            synchronized (this) {
                duplicated.add(previous.get());
            }
            return CompletableFuture.completedFuture(previous.get());
        }
        CompletableFuture<Published> result = new CompletableFuture<>();
        String id = story.getId();
        long version = story.getVersion();
        try {
            producer.send(new ProducerRecord<>(topic, id, story), (metadata, error) -> {
                if (error == null) {
                    Published done = new Published(id, version, metadata.topic(), metadata.partition(),
                            metadata.offset());
                    duplicates.acknowledged(story, done);
                    metrics.published(story.getFormat());
                    result.complete(done);
                } else {
                    if (isFatal(error)) {
                        fatal = error;
                    }
                    fail(result, new PublishFailure(id, version, error.toString(), isRetriable(error)), error);
                }
            });
        } catch (SerializationException | RecordTooLargeException | InvalidRecordException e) {
            fail(result, new PublishFailure(id, version, e.toString(), false), e);
        } catch (KafkaException e) {
            fatal = e;
            fail(result, new PublishFailure(id, version, e.toString(), true), e);
        }
        return result;
    }

    private void fail(CompletableFuture<Published> result, PublishFailure failure, Throwable cause) {
        metrics.publishFailed();
        result.completeExceptionally(new PublishException(failure, cause));
    }

    /** Sends {@code story} without waiting; its outcome is in the next {@link #awaitAll()} report. */
    public void send(RawStory story) {
        send(story, () -> { });
    }

    /** As {@link #send(RawStory)}, and runs {@code onAcknowledged} (on a Kafka thread) once it is acknowledged. */
    public void send(RawStory story, Runnable onAcknowledged) {
        if (fatal != null) {
            throw new KafkaException("Stopped publishing to " + topic + ": " + fatal.getMessage(), fatal);
        }
        publish(story).whenComplete((done, error) -> {
            synchronized (this) {
                if (error == null) {
                    published.add(done);
                    onAcknowledged.run();
                } else {
                    failures.add(error instanceof PublishException p ? p.failure()
                            : new PublishFailure(story.getId(), story.getVersion(), error.toString()));
                }
            }
        });
    }

    /** Errors that every later record would meet as well. */
    private static boolean isFatal(Exception error) {
        return error instanceof TimeoutException || error instanceof AuthenticationException
                || error instanceof AuthorizationException;
    }

    /** Errors of the record itself (too large, invalid) are not retriable; the cluster's are. */
    private static boolean isRetriable(Exception error) {
        return !(error instanceof RecordTooLargeException || error instanceof InvalidRecordException
                || error instanceof SerializationException);
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
            PublishReport report = new PublishReport(published, failures, duplicated);
            published.clear();
            failures.clear();
            duplicated.clear();
            return report;
        }
    }

    /** Waits until every record sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
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
