package io.dateline.ingest.watch;

import io.dateline.avro.RawStory;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.dateline.ingest.publish.PublishException;
import io.dateline.ingest.publish.PublishFailure;
import io.dateline.ingest.publish.Published;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.ingest.read.StoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a {@link DropFolder} by polling and ingests each settled file ({@link SettledFiles}): its stories are
 * published, and only once Kafka acknowledged every one of them does the file move to processed/. A file with no
 * story, or with items that could not be read, or with a story Kafka refuses (too large), moves to rejected/ with a
 * sidecar saying why (its good stories are published first). While Kafka is unreachable or slow, files stay where they
 * are and are tried again at the next poll; after a crash, a file not yet moved is read again and its stories
 * published again under the same ids (harmless: the sink keeps one row per id and version). Rejections are logged and
 * counted. One thread; {@link #close()} is idempotent and waits for the file in hand.
 */
public final class DropFolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolderWatcher.class);

    private final DropFolder folder;
    private final StoryReader reader;
    private final StoryPublisher publisher;
    private final BooleanSupplier kafkaReady;
    private final IngestMetrics metrics;
    private final Duration poll;
    private final Duration ackTimeout;
    private final SettledFiles settled;
    private final Consumer<DropOutcome> listener;
    private final Consumer<Path> beforeMove;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private volatile boolean running;

    /**
     * @param kafkaReady whether to try now (files wait while Kafka is down)
     * @param poll       time between two looks at the folder
     * @param settle     how long a file's size and modification time must stay the same before it is taken
     * @param ackTimeout how long to wait for Kafka to acknowledge the stories of one file
     * @param listener   told what became of each file (from the watcher's thread)
     */
    public DropFolderWatcher(DropFolder folder, StoryReader reader, StoryPublisher publisher,
                             BooleanSupplier kafkaReady, IngestMetrics metrics, Duration poll, Duration settle,
                             Duration ackTimeout, Consumer<DropOutcome> listener) {
        this(folder, reader, publisher, kafkaReady, metrics, poll, settle, ackTimeout, listener, file -> { });
    }

    DropFolderWatcher(DropFolder folder, StoryReader reader, StoryPublisher publisher, BooleanSupplier kafkaReady,
                      IngestMetrics metrics, Duration poll, Duration settle, Duration ackTimeout,
                      Consumer<DropOutcome> listener, Consumer<Path> beforeMove) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.kafkaReady = Objects.requireNonNull(kafkaReady, "kafkaReady");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.ackTimeout = Objects.requireNonNull(ackTimeout, "ackTimeout");
        this.settled = new SettledFiles(settle.toMillis());
        this.listener = Objects.requireNonNull(listener, "listener");
        this.beforeMove = Objects.requireNonNull(beforeMove, "beforeMove");
        this.thread = new Thread(this::loop, "dateline-ingest-drop-folder");
        this.thread.setDaemon(true);
    }

    /** Starts polling in the background. */
    public void start() {
        running = true;
        thread.start();
        LOG.info("ingest: watching drop folder {}", folder.root().toAbsolutePath());
    }

    /** Whether the polling thread is alive. */
    public boolean isRunning() {
        return running && thread.isAlive();
    }

    private void loop() {
        try {
            while (!closed.get()) {
                pollOnce();
                Thread.sleep(poll.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = false;
        }
    }

    /** One look at the folder: ingests every settled file (when Kafka is ready); returns what became of each. */
    public List<DropOutcome> pollOnce() {
        List<DropOutcome> outcomes = new ArrayList<>();
        if (!kafkaReady.getAsBoolean()) {
            return outcomes;
        }
        List<Path> files;
        try {
            files = settled.settled(folder.candidates(), System.currentTimeMillis());
        } catch (IOException e) {
            LOG.error("ingest: cannot list drop folder {}: {}", folder.root(), e.getMessage());
            return outcomes;
        }
        for (Path file : files) {
            if (closed.get()) {
                break;
            }
            DropOutcome outcome = ingest(file);
            outcomes.add(outcome);
            listener.accept(outcome);
            if (!outcome.leftInPlace()) {
                settled.forget(file);
            }
        }
        return outcomes;
    }

    private DropOutcome ingest(Path file) {
        ParseResult result = reader.readFile(file);
        metrics.parsed(result, "watch");
        List<String> acknowledged = new ArrayList<>();
        List<PublishFailure> refused = new ArrayList<>();
        if (!result.stories().isEmpty()) {
            List<CompletableFuture<Published>> sent = new ArrayList<>();
            try {
                for (RawStory story : result.stories()) {
                    sent.add(publisher.publish(story));
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                        .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return leftInPlace(file, "Kafka did not acknowledge its stories within " + ackTimeout.toSeconds()
                        + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return leftInPlace(file, "interrupted while publishing");
            } catch (ExecutionException | RuntimeException e) {
                // examined per story below
            }
            for (CompletableFuture<Published> future : sent) {
                try {
                    acknowledged.add(future.join().id());
                } catch (CompletionException e) {
                    PublishFailure failure = e.getCause() instanceof PublishException p ? p.failure()
                            : new PublishFailure("?", 0, String.valueOf(e.getCause()));
                    if (failure.retriable()) {
                        return leftInPlace(file, "Kafka did not take its stories: " + failure.reason());
                    }
                    refused.add(failure);
                }
            }
        }
        beforeMove.accept(file);
        try {
            if (result.problems().isEmpty() && refused.isEmpty() && !(result.stories().isEmpty()
                    && result.skipped().isEmpty())) {
                Path target = folder.processed(file);
                metrics.file("processed");
                LOG.info("ingest: {}: {} stories published, moved to {}", file.getFileName(), acknowledged.size(),
                        target);
                return new DropOutcome(file, target, acknowledged, null);
            }
            String reason = sidecar(file, result, refused, acknowledged);
            Path target = folder.rejected(file, reason);
            metrics.file("rejected");
            refused.forEach(failure -> metrics.rejected("refused-by-kafka", "watch"));
            LOG.warn("ingest: {} rejected, moved to {}: {}", file.getFileName(), target, firstLine(result, refused));
            return new DropOutcome(file, target, acknowledged, reason);
        } catch (IOException e) {
            LOG.error("ingest: cannot move {}: {}; it stays in place", file, e.getMessage());
            return leftInPlace(file, "cannot move it: " + e.getMessage());
        }
    }

    private DropOutcome leftInPlace(Path file, String why) {
        LOG.warn("ingest: {} left in place, will retry: {}", file.getFileName(), why);
        return new DropOutcome(file, null, List.of(), why);
    }

    private static String firstLine(ParseResult result, List<PublishFailure> refused) {
        if (!result.problems().isEmpty()) {
            Problem problem = result.problems().get(0);
            return problem.kind().code() + ": " + problem.reason();
        }
        if (!refused.isEmpty()) {
            return "refused by Kafka: " + refused.get(0).reason();
        }
        return "no story in it";
    }

    /** The sidecar text: what was wrong, item by item, and what was published anyway. */
    static String sidecar(Path file, ParseResult result, List<PublishFailure> refused, List<String> published) {
        StringBuilder text = new StringBuilder();
        text.append("file: ").append(file.getFileName()).append('\n');
        text.append("rejected: ").append(Instant.now()).append('\n');
        text.append("format: ").append(result.format()).append('\n');
        if (result.problems().isEmpty() && refused.isEmpty()) {
            text.append("reason: no-story: it holds no story");
            if (!result.skipped().isEmpty()) {
                text.append(" (only items that are not stories)");
            }
            text.append('\n');
        }
        for (Problem problem : result.problems()) {
            text.append("reason: ").append(problem.kind().code()).append(": ")
                    .append(problem.position() == Problem.WHOLE_INPUT ? "" : "item " + problem.position() + ": ")
                    .append(problem.reason()).append('\n');
        }
        for (PublishFailure failure : refused) {
            text.append("reason: refused-by-kafka: story ").append(failure.id()).append(": ")
                    .append(failure.reason()).append('\n');
        }
        result.skipped().forEach(skipped -> text.append("skipped: item ").append(skipped.position()).append(": ")
                .append(skipped.reason()).append('\n'));
        text.append("stories published from it: ").append(published.size()).append('\n');
        published.forEach(id -> text.append("published: ").append(id).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            thread.interrupt();
            try {
                thread.join(ackTimeout.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
