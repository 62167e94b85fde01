package io.dateline.sink;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The topics the sink reads and how each one's values decode: enriched stories and escalation windows.
 *
 * @param stories         name of the enriched-stories topic
 * @param storyValues     its value deserializer
 * @param windows         name of the escalation topic
 * @param windowValues    its value deserializer
 */
record SinkTopics(String stories, Deserializer<EnrichedStory> storyValues, String windows,
                  Deserializer<EscalationWindow> windowValues) {

    List<String> names() {
        return List.of(stories, windows);
    }

    EnrichedStory decodeStory(ConsumerRecord<byte[], byte[]> record) {
        return storyValues.deserialize(record.topic(), record.headers(), record.value());
    }

    EscalationWindow decodeWindow(ConsumerRecord<byte[], byte[]> record) {
        return windowValues.deserialize(record.topic(), record.headers(), record.value());
    }
}
