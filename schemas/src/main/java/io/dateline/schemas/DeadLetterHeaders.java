package io.dateline.schemas;

/**
 * Header names a dead-letter record carries, so operators can see with kcat or a Kafka UI why it failed and where it
 * came from.
 */
public final class DeadLetterHeaders {
    /** The service that gave up on the record: ingest, enrich, sink. */
    public static final String SERVICE = "dateline.error.service";
    /** Short machine-readable reason, e.g. deserialization, processing. */
    public static final String REASON = "dateline.error.reason";
    /** Human-readable message of the failure. */
    public static final String MESSAGE = "dateline.error.message";
    /** Exception class name. */
    public static final String EXCEPTION = "dateline.error.exception";
    /** Topic, partition and offset the record was read from. */
    public static final String SOURCE_TOPIC = "dateline.source.topic";
    public static final String SOURCE_PARTITION = "dateline.source.partition";
    public static final String SOURCE_OFFSET = "dateline.source.offset";

    private DeadLetterHeaders() {
    }
}
