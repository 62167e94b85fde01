package io.dateline.cli;

import io.dateline.avro.RawStory;
import io.dateline.ingest.IngestPipeline;
import io.dateline.ingest.read.ReadResult;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topic;
import io.dateline.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The stories {@code dateline bench} replays: parsed once from the input files, then handed out in a cycle, each copy
 * with a fresh id ({@code <prefix><n>}), so every copy is a new story to the pipeline and none is dropped as a
 * duplicate.
 */
final class BenchStories {

    /** Where the Reuters-21578 development files are in a checkout with the shared data beside it. */
    static final Path REUTERS = Path.of("..", "shared", "data", "reuters21578");

    private final List<RawStory> sources;
    private final String description;

    private BenchStories(List<RawStory> sources, String description) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("No stories in " + description);
        }
        this.sources = List.copyOf(sources);
        this.description = description;
    }

    /** Parses the stories under {@code paths} (files or folders; a Reuters folder: its reut2-*.sgm files). */
    static BenchStories read(List<Path> paths) {
        List<Path> inputs = paths.stream().flatMap(BenchStories::expand).toList();
        ReadResult read = IngestPipeline.create().read(inputs);
        return new BenchStories(read.stories(), read.stories().size() + " stories from " + describe(paths));
    }

    /**
     * The Reuters development files when they are there, else the seeds/ of this checkout; both found beside the
     * checkout that {@code ./dateline} sets as DATELINE_HOME, else from the current folder.
     */
    static List<Path> defaultInputs() {
        Path reuters = RunCommand.home().resolve(REUTERS);
        return List.of(Files.isDirectory(reuters) ? reuters.normalize() : RunCommand.defaultInputs());
    }

    /** A Reuters-21578 folder stands for its SGML files (the rest of it is lists and documentation). */
    private static Stream<Path> expand(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> sgml = files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted()
                    .toList();
            return sgml.isEmpty() ? Stream.of(path) : sgml.stream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " paths";
    }

    /** The {@code n}-th copy (0-based): source {@code n mod size}, id {@code prefix + n}. */
    RawStory copy(String prefix, long n) {
        RawStory source = sources.get((int) (n % sources.size()));
        return RawStory.newBuilder(source).setId(prefix + n).build();
    }

    /** How many distinct stories are cycled. */
    int size() {
        return sources.size();
    }

    /** For people: how many stories from where. */
    String description() {
        return description;
    }

    /** The mean size in bytes of one story as a value on the raw-stories topic (Avro, embedded encoding). */
    int meanRecordBytes(Topics topics, Serdes serdes) {
        Topic<String, RawStory> raw = topics.rawStories();
        long total = 0;
        try (Serializer<RawStory> serializer = serdes.value(raw).serializer()) {
            for (int i = 0; i < sources.size(); i++) {
                total += serializer.serialize(raw.name(), copy("bench-size-", i)).length;
            }
        }
        return (int) Math.max(1, Math.round((double) total / sources.size()));
    }
}
