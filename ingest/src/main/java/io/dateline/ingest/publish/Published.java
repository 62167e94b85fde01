package io.dateline.ingest.publish;

/**
 * One story version the broker acknowledged.
 *
 * @param id        story id (the record key)
 * @param version   story version
 * @param topic     topic it was written to
 * @param partition partition it landed on
 * @param offset    its offset there
 */
public record Published(String id, long version, String topic, int partition, long offset) {
}
