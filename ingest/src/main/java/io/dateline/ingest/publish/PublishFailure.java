package io.dateline.ingest.publish;

/**
 * One story version the broker did not take.
 *
 * @param id      story id
 * @param version story version
 * @param reason  the error, for an operator
 */
public record PublishFailure(String id, long version, String reason) {
}
