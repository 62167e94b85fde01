package io.dateline.ingest;

import io.dateline.ingest.read.FileReport;

/**
 * What a backfill reports while it runs, for a progress bar: how many files there are, each file read, each story
 * acknowledged. Called from the reading thread and (for acknowledgements) from Kafka's; implementations are
 * thread-safe and quick.
 */
public interface BackfillProgress {

    /** No progress reporting. */
    BackfillProgress NONE = new BackfillProgress() {
    };

    /** The number of files found under the paths, before reading starts. */
    default void started(int files) {
    }

    /** One file was read and its stories sent. */
    default void fileRead(FileReport file) {
    }

    /** One story was acknowledged by Kafka. */
    default void acknowledged() {
    }
}
