package io.dateline.enrich.deadletter;

import io.dateline.enrich.EnrichMetrics;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * A record whose bytes cannot be deserialized → logged, sent as it came to the dead-letter topic with reason
 * {@value DeadLetters#DESERIALIZATION}, and skipped. The stream goes on.
 */
public class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    private EnrichMetrics metrics = EnrichMetrics.inMemory();

    /** Picks up the service's counters, handed over in the streams properties ({@link EnrichMetrics#CONFIG_KEY}). */
    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        metrics = EnrichMetrics.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        Response builtIn = super.handleError(context, record, exception);
        metrics.deadLetter(DeadLetters.DESERIALIZATION);
        return Response.resume(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.DESERIALIZATION,
                context, exception));
    }
}
