package io.dateline.enrich.deadletter;

import io.dateline.enrich.EnrichMetrics;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A record whose processing throws (a tagger bug, a story that breaks an assumption) → logged, its source bytes sent
 * to the dead-letter topic with reason {@value DeadLetters#PROCESSING}, and skipped; the stream thread lives on.
 */
public class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private EnrichMetrics metrics = EnrichMetrics.inMemory();

    /** Picks up the service's counters, handed over in the streams properties ({@link EnrichMetrics#CONFIG_KEY}). */
    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        metrics = EnrichMetrics.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response builtIn = super.handleError(context, record, exception);
        metrics.deadLetter(DeadLetters.PROCESSING);
        return Response.resume(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.PROCESSING,
                context, exception));
    }
}
