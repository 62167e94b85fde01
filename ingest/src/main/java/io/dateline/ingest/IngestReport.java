package io.dateline.ingest;

import io.dateline.ingest.publish.PublishReport;
import io.dateline.ingest.read.FileReport;
import java.util.List;

/**
 * The outcome of one ingest run: a report per file read and what the broker acknowledged.
 *
 * @param files      one report per file (or unreadable path), in reading order
 * @param publishing the story versions published (id, version, partition, offset), the duplicates and the failures
 */
public record IngestReport(List<FileReport> files, PublishReport publishing) {

    public IngestReport {
        files = List.copyOf(files);
    }

    /** Files that gave no story or had problems. */
    public List<FileReport> failedFiles() {
        return files.stream().filter(file -> !file.ok()).toList();
    }

    /** One line: files read, stories published, files with problems, publish failures. */
    public String summary() {
        return files.size() + " files read, " + publishing.publishedCount() + " stories published"
                + (publishing.duplicates().isEmpty() ? "" : " (" + publishing.duplicates().size()
                + " duplicates not sent again)") + ", " + failedFiles().size() + " files with problems, "
                + publishing.failures().size() + " publish failures";
    }
}
