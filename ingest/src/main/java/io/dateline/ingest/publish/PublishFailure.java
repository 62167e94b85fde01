package io.dateline.ingest.publish;

/**
 * One story version the broker did not take.
 *
 * @param id        story id
 * @param version   story version
 * @param reason    the error, for an operator
 * @param retriable whether trying again later may succeed (Kafka unreachable or slow), as opposed to a record Kafka
 *                  refuses (too large, not serialisable)
 */
public record PublishFailure(String id, long version, String reason, boolean retriable) {

    public PublishFailure(String id, long version, String reason) {
        this(id, version, reason, true);
    }

    @Override
    public String toString() {
        return id + " v" + version + ": " + reason;
    }
}
