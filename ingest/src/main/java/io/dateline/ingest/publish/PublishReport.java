package io.dateline.ingest.publish;

import java.util.List;

/**
 * The outcome of publishing: every acknowledged story version (in acknowledgement order) and every failure.
 *
 * @param published acknowledged by all in-sync replicas
 * @param failures  not written, with the reason
 */
public record PublishReport(List<Published> published, List<PublishFailure> failures) {

    public PublishReport {
        published = List.copyOf(published);
        failures = List.copyOf(failures);
    }

    public int publishedCount() {
        return published.size();
    }

    /** Whether every story was written. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
