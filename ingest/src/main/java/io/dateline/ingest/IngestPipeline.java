package io.dateline.ingest;

import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.publish.PublishReport;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.ingest.read.FileReport;
import io.dateline.ingest.read.ReadResult;
import io.dateline.ingest.read.StoryReader;
import io.dateline.platform.KafkaSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Paths -> stories, offline ({@link #read}) or published to Kafka ({@link #publish}). The facade the {@code dateline}
 * command and {@link IngestApp} call: files are read in place, one bad file is reported and the run goes on.
 */
public final class IngestPipeline {

    /** Default limit on the size of one file. */
    public static final int DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final StoryReader reader;

    public IngestPipeline(StoryReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Reads files with every implemented format, recording {@code context}'s host and clock, channel "file". */
    public static IngestPipeline create(ParseContext context, long maxFileBytes) {
        return create(context, maxFileBytes, WireInput.FILE_CHANNEL);
    }

    /** Reads files with every implemented format, recording {@code channel} (e.g. "backfill") in the provenance. */
    public static IngestPipeline create(ParseContext context, long maxFileBytes, String channel) {
        return new IngestPipeline(new StoryReader(WireFormats.parser(context), channel, maxFileBytes));
    }

    /** The system clock, this host, the default file size limit. */
    public static IngestPipeline create() {
        return create(ParseContext.system(), DEFAULT_MAX_FILE_BYTES);
    }

    /** Reads the stories under {@code paths} without publishing them (offline parsing). */
    public ReadResult read(List<Path> paths) {
        return reader.read(paths);
    }

    /**
     * Reads the stories under {@code paths} and sends each to {@code publisher} as its file is read, then waits until
     * the broker acknowledged every one. Throws a {@code KafkaException} when the cluster cannot be reached.
     */
    public IngestReport publish(List<Path> paths, StoryPublisher publisher) {
        return publish(paths, publisher, BackfillProgress.NONE);
    }

    /** As {@link #publish(List, StoryPublisher)}, telling {@code progress} what happens. */
    public IngestReport publish(List<Path> paths, StoryPublisher publisher, BackfillProgress progress) {
        progress.started(reader.count(paths));
        List<FileReport> files = new ArrayList<>();
        reader.read(paths, result -> {
            result.stories().forEach(story -> publisher.send(story, progress::acknowledged));
            FileReport file = FileReport.of(result);
            files.add(file);
            progress.fileRead(file);
        });
        PublishReport publishing = publisher.awaitAll();
        return new IngestReport(files, publishing);
    }

    /**
     * Publishes the stories under {@code paths} to the cluster of {@code settings} with a publisher of its own (topics
     * created first when {@code settings.createTopics()}), closed before returning.
     *
     * @param timeout how long one story may wait for Kafka
     */
    public IngestReport publish(List<Path> paths, KafkaSettings settings, Duration timeout) {
        try (StoryPublisher publisher = StoryPublisher.open(settings, timeout)) {
            return publish(paths, publisher);
        }
    }
}
