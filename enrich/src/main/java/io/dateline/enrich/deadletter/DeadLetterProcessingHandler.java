package io.dateline.enrich.deadletter;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A record whose processing throws (a tagger bug, a story that breaks an assumption) → logged, its source bytes sent
 * to the dead-letter topic with reason {@value DeadLetters#PROCESSING}, and skipped; the stream thread lives on.
 */
public class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response builtIn = super.handleError(context, record, exception);
        return Response.resume(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.PROCESSING,
                context, exception));
    }
}
