package io.dateline.ingest.read;

import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.Problem;
import java.util.List;

/**
 * The stories read from some paths, in file order, and a report per file.
 *
 * @param stories every story found
 * @param files   one report per file (or per path that could not be read), in reading order
 */
public record ReadResult(List<RawStory> stories, List<FileReport> files) {

    public ReadResult {
        stories = List.copyOf(stories);
        files = List.copyOf(files);
    }

    /** Every problem of every file. */
    public List<Problem> problems() {
        return files.stream().flatMap(file -> file.problems().stream()).toList();
    }

    /** The reports of files that had problems. */
    public List<FileReport> failedFiles() {
        return files.stream().filter(file -> !file.ok()).toList();
    }
}
