package io.dateline.ingest.publish;

import io.dateline.avro.RawStory;
import io.dateline.schemas.AvroSerde;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test helper: a publisher whose records Kafka's own in-memory producer acknowledges at once (Avro serialised). */
public final class InMemoryPublishers {

    private InMemoryPublishers() {
    }

    /** Acknowledges every record as it is sent, after serialising it as the real producer would. */
    public static StoryPublisher acknowledgingAll() {
        return new StoryPublisher(new MockProducer<>(true, null, new StringSerializer(),
                AvroSerde.singleObject(RawStory.class)), "fuzz.raw", Duration.ofSeconds(1));
    }
}
