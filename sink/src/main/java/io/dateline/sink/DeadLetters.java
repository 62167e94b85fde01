package io.dateline.sink;

import io.dateline.schemas.DeadLetterHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends records the sink gives up on to the dead-letter topic as they came (key, value, headers), with headers saying
 * why and where from ({@link DeadLetterHeaders}). {@link #publish} returns once the broker has them all.
 */
final class DeadLetters {

    /** The record's bytes are not an EnrichedStory. */
    static final String REASON_DESERIALIZATION = DeadLetterHeaders.REASON_DESERIALIZATION;
    /** The database refused the story (a value it cannot hold, a constraint). */
    static final String REASON_STORAGE = DeadLetterHeaders.REASON_STORAGE;

    private static final String SERVICE = "sink";

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    DeadLetters(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** One record given up on, and why. */
    record DeadLetter(ConsumerRecord<byte[], byte[]> source, String reason, Throwable error) {
    }

    /** Sends every dead letter and waits for the broker to acknowledge them. */
    void publish(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (DeadLetter letter : letters) {
            sent.add(producer.send(toRecord(letter)));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new DeadLetterException("Cannot send dead letters to " + topic + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterException("Interrupted while sending dead letters to " + topic, e);
        }
    }

    ProducerRecord<byte[], byte[]> toRecord(DeadLetter letter) {
        ConsumerRecord<byte[], byte[]> source = letter.source();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : source.headers()) {
            headers.add(header);
        }
        DeadLetterHeaders.write(headers, SERVICE, letter.reason(), letter.error(), source.topic(),
                source.partition(), source.offset());
        return new ProducerRecord<>(topic, null, source.key(), source.value(), headers);
    }

    /** The dead-letter topic did not take a record; the batch is tried again. */
    static final class DeadLetterException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadLetterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
