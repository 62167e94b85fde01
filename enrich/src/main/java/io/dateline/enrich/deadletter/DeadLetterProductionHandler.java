package io.dateline.enrich.deadletter;

import io.dateline.enrich.EnrichMetrics;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * A failure to write an enriched record → as Kafka Streams' default (retry what is retriable, fail on the rest, so an
 * unreachable registry or broker stops the thread instead of dead-lettering every story), except that a record too
 * large for the broker, which no retry can fix, is dead-lettered with reason {@value DeadLetters#PRODUCTION} and
 * skipped — whether the producer refused it or, before it, {@link RecordSizeLimit} at serialisation (the only way
 * under exactly_once_v2, where a refused send fails the whole transaction). Dead-letter records carry the pipeline's
 * headers either way.
 */
public class DeadLetterProductionHandler extends DefaultProductionExceptionHandler {

    private EnrichMetrics metrics = EnrichMetrics.inMemory();

    /** Picks up the service's counters, handed over in the streams properties ({@link EnrichMetrics#CONFIG_KEY}). */
    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        metrics = EnrichMetrics.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        Response builtIn = super.handleError(context, record, exception);
        if (exception instanceof RecordTooLargeException) {
            metrics.deadLetter(DeadLetters.PRODUCTION);
            return Response.resume(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.PRODUCTION,
                    context, exception));
        }
        return withHeaders(builtIn, context, exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                             Exception exception, SerializationExceptionOrigin origin) {
        Response builtIn = super.handleSerializationError(context, record, exception, origin);
        if (exception instanceof RecordTooLargeException) {   // refused by RecordSizeLimit before the producer
            metrics.deadLetter(DeadLetters.PRODUCTION);
            return Response.resume(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.PRODUCTION,
                    context, exception));
        }
        return withHeaders(builtIn, context, exception);
    }

    private static Response withHeaders(Response builtIn, ErrorHandlerContext context, Exception exception) {
        if (builtIn.result() != Result.FAIL) {
            return builtIn;
        }
        return Response.fail(DeadLetters.withHeaders(builtIn.deadLetterQueueRecords(), DeadLetters.PRODUCTION, context,
                exception));
    }
}
