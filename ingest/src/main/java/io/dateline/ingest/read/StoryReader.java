package io.dateline.ingest.read;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Files and folders -> the stories in them, read in place (files are only read: never moved, renamed or changed).
 * Folders are read recursively in sorted order, hidden files skipped (see {@link InputFiles}). Every file gives a
 * {@link ParseResult}; a file that cannot be read, is larger than the limit, or holds no story gives one with a
 * problem, and the run goes on.
 */
public final class StoryReader {

    private final StoryParser parser;
    private final String channel;
    private final long maxFileBytes;

    /**
     * @param parser       reads the stories of one input
     * @param channel      delivery channel recorded in each story's provenance, e.g. {@link WireInput#FILE_CHANNEL}
     * @param maxFileBytes files larger than this are reported, not read
     */
    public StoryReader(StoryParser parser, String channel, long maxFileBytes) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.channel = Objects.requireNonNull(channel, "channel");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    /** Reads every file under {@code paths}; all stories and reports in memory. */
    public ReadResult read(List<Path> paths) {
        List<RawStory> stories = new ArrayList<>();
        List<FileReport> files = new ArrayList<>();
        read(paths, result -> {
            stories.addAll(result.stories());
            files.add(FileReport.of(result));
        });
        return new ReadResult(stories, files);
    }

    /** Reads every file under {@code paths}, handing each file's result to {@code each} as soon as it is read. */
    public void read(List<Path> paths, Consumer<ParseResult> each) {
        InputFiles.expand(paths, entry -> each.accept(entry.problem() != null
                ? ParseResult.problem(entry.path().toString(), InputFormat.UNKNOWN, Rejection.UNREADABLE,
                        entry.problem())
                : readFile(entry.path())));
    }

    /** How many entries (files, and paths that cannot be read) {@link #read(List, Consumer)} will report. */
    public int count(List<Path> paths) {
        int[] count = {0};
        InputFiles.expand(paths, entry -> count[0]++);
        return count[0];
    }

    /** The stories of one file. */
    public ParseResult readFile(Path file) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return ParseResult.problem(origin, InputFormat.UNKNOWN, Rejection.TOO_LARGE, "too large: " + size + " bytes (limit "
                        + maxFileBytes + ")");
            }
            return parser.parse(new WireInput(channel, origin, Files.readAllBytes(file)));
        } catch (IOException e) {
            return ParseResult.problem(origin, InputFormat.UNKNOWN, Rejection.UNREADABLE, "cannot read: " + e);
        }
    }
}
