package io.dateline.ingest.publish;

import java.util.List;

/**
 * The outcome of publishing: every acknowledged story version (in acknowledgement order), every failure, and which of
 * the acknowledged ones were duplicates dropped at ingest (acknowledged earlier, not sent again).
 *
 * @param published  acknowledged by all in-sync replicas, now or (duplicates) before
 * @param failures   not written, with the reason
 * @param duplicates the versions in {@code published} that were not sent again: seen before with the same content
 */
public record PublishReport(List<Published> published, List<PublishFailure> failures, List<Published> duplicates) {

    public PublishReport {
        published = List.copyOf(published);
        failures = List.copyOf(failures);
        duplicates = List.copyOf(duplicates);
    }

    public PublishReport(List<Published> published, List<PublishFailure> failures) {
        this(published, failures, List.of());
    }

    public int publishedCount() {
        return published.size();
    }

    /** Whether every story was written. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
