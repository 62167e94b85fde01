package io.dateline.ingest.publish;

/** A story version Kafka did not acknowledge: completes the future of {@link StoryPublisher#publish}. */
public final class PublishException extends RuntimeException {

    private final transient PublishFailure failure;

    PublishException(PublishFailure failure, Throwable cause) {
        super(failure.reason(), cause);
        this.failure = failure;
    }

    public PublishFailure failure() {
        return failure;
    }
}
