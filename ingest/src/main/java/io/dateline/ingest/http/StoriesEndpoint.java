package io.dateline.ingest.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dateline.avro.RawStory;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.publish.PublishException;
import io.dateline.ingest.publish.Published;
import io.dateline.ingest.publish.StoryPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/stories}: a body in any supported wire format -> its stories on Kafka. Answers, as JSON:
 * 202 with the story ids once Kafka acknowledged every story (duplicates of versions already acknowledged count as
 * acknowledged; items that are not stories are listed as skipped); 400 with each problem when any item cannot be read
 * (nothing is published then), or when the body ends before its Content-Length; 401 without the configured bearer
 * token; 405 for another method; 413 when the body is larger than the limit; 503 while Kafka is unreachable or does
 * not acknowledge in time (retry: ids are stable, so a story sent twice is stored once). Requests are handled on a small pool of its own, so slow acknowledgements never
 * hold the ops server's threads; a full pool answers 503.
 */
public final class StoriesEndpoint implements HttpHandler, AutoCloseable {

    public static final String PATH = "/v1/stories";
    public static final String CHANNEL = "http";
    private static final Logger LOG = LoggerFactory.getLogger(StoriesEndpoint.class);
    private static final int THREADS = 4;
    private static final int QUEUE = 64;
    /** Most bytes of an unread request body read and dropped before a refusal, so the client gets the answer. */
    static final long DRAIN_BYTES = 64L << 20;

    private final StoryParser parser;
    private final StoryPublisher publisher;
    private final BooleanSupplier kafkaReady;
    private final IngestMetrics metrics;
    private final int maxBytes;
    private final BearerToken token;
    private final Duration ackTimeout;
    private final ThreadPoolExecutor executor;

    /**
     * @param token      bearer token required in {@code Authorization}, or null for none
     * @param maxBytes   largest body accepted
     * @param ackTimeout how long to wait for Kafka's acknowledgement before answering 503
     */
    public StoriesEndpoint(StoryParser parser, StoryPublisher publisher, BooleanSupplier kafkaReady,
                           IngestMetrics metrics, int maxBytes, String token, Duration ackTimeout) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.kafkaReady = Objects.requireNonNull(kafkaReady, "kafkaReady");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.maxBytes = maxBytes;
        this.token = token == null ? null : new BearerToken(token);
        this.ackTimeout = Objects.requireNonNull(ackTimeout, "ackTimeout");
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), runnable -> {
                    Thread thread = new Thread(runnable, "dateline-ingest-http");
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            executor.execute(() -> serve(exchange));
        } catch (RejectedExecutionException e) {
            reject(exchange, 503, "too many requests in progress; retry later", "busy");
        }
    }

    private void serve(HttpExchange exchange) {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                discardBody(exchange);
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpReply.send(exchange, 405, HttpReply.error("use POST with a wire story as the body"));
                return;
            }
            if (token != null && !token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                discardBody(exchange);
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                reject(exchange, 401, "a valid bearer token is required (Authorization: Bearer <token>)",
                        "unauthorized");
                return;
            }
            byte[] body;
            try {
                body = readBody(exchange);
            } catch (IOException e) {
                // e.g. the client ended its input before Content-Length bytes: its fault, not ours (was a 500)
                abandonBody(exchange);
                reject(exchange, 400, "the request body could not be read in full: " + e.getMessage(), "unreadable");
                return;
            }
            if (body == null) {
                discardBody(exchange);
                reject(exchange, 413, "the body is larger than the limit of " + maxBytes + " bytes", "too-large");
                return;
            }
            String requestId = UUID.randomUUID().toString();
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
            ParseResult result = parser.parse(new WireInput(CHANNEL, CHANNEL + ":" + requestId, body));
            metrics.parsed(result, CHANNEL);
            if (!result.problems().isEmpty()) {
                LOG.warn("ingest: HTTP request {} rejected: {}", requestId, result.problems().get(0));
                HttpReply.send(exchange, 400, problems(result));
                return;
            }
            if (!kafkaReady.getAsBoolean()) {
                unavailable(exchange, "Kafka is not reachable; nothing was published");
                return;
            }
            publish(exchange, result);
        } catch (RuntimeException e) {
            LOG.error("ingest: HTTP request failed: {}", e.toString(), e);
            HttpReply.send(exchange, 500, HttpReply.error("internal error: " + e.getMessage()));
        }
    }

    private void publish(HttpExchange exchange, ParseResult result) {
        List<CompletableFuture<Published>> sent = new ArrayList<>();
        for (RawStory story : result.stories()) {
            sent.add(publisher.publish(story));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((done, error) -> answer(exchange, result, sent, error), executor);
    }

    private void answer(HttpExchange exchange, ParseResult result, List<CompletableFuture<Published>> sent,
                        Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof PublishException p && !p.failure().retriable()) {
                reject(exchange, 400, "Kafka refused story " + p.failure().id() + ": " + p.failure().reason(),
                        "refused-by-kafka");
            } else if (cause instanceof TimeoutException) {
                unavailable(exchange, "Kafka did not acknowledge within " + ackTimeout.toSeconds() + " s");
            } else {
                unavailable(exchange, "Kafka did not take the stories: " + cause.getMessage());
            }
            return;
        }
        ObjectNode body = HttpReply.JSON.createObjectNode();
        ArrayNode ids = body.putArray("ids");
        sent.forEach(future -> ids.add(future.join().id()));
        ArrayNode skipped = body.putArray("skipped");
        result.skipped().forEach(item -> skipped.addObject().put("item", item.position()).put("reason",
                item.reason()));
        HttpReply.send(exchange, 202, body);
    }

    private void unavailable(HttpExchange exchange, String message) {
        exchange.getResponseHeaders().set("Retry-After", "5");
        reject(exchange, 503, message, "kafka-unavailable");
    }

    private void reject(HttpExchange exchange, int status, String message, String reason) {
        metrics.rejected(reason, CHANNEL);
        LOG.warn("ingest: HTTP {} answered {}: {}", exchange.getRequestURI(), status, message);
        HttpReply.send(exchange, status, HttpReply.error(message));
    }

    private static ObjectNode problems(ParseResult result) {
        Problem first = result.problems().get(0);
        ObjectNode body = HttpReply.error(first.reason());
        ArrayNode problems = body.putArray("problems");
        for (Problem problem : result.problems()) {
            ObjectNode node = problems.addObject();
            if (problem.position() != Problem.WHOLE_INPUT) {
                node.put("item", problem.position());
            }
            node.put("kind", problem.kind().code()).put("reason", problem.reason());
        }
        return body;
    }

    /** The body, or null when it is larger than the limit (by its Content-Length, or as read). */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBytes) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        byte[] body = exchange.getRequestBody().readNBytes(maxBytes + 1);
        return body.length > maxBytes ? null : body;
    }

    /**
     * Reads and drops what is left of the request body, up to {@link #DRAIN_BYTES}: a server that answers and closes
     * with request bytes still unread makes the client's socket reset, and the client sees a broken connection
     * instead of the 4xx answer (found by StoriesEndpointFuzzTest). Beyond that the connection is closed after the
     * answer ({@code Connection: close}) rather than read on.
     */
    private static void discardBody(HttpExchange exchange) {
        byte[] buffer = new byte[64 * 1024];
        long read = declaredLength(exchange) > DRAIN_BYTES ? DRAIN_BYTES + 1 : 0;
        try {
            InputStream in = exchange.getRequestBody();
            int n;
            while (read <= DRAIN_BYTES && (n = in.read(buffer)) >= 0) {
                read += n;
            }
        } catch (IOException e) {
            abandonBody(exchange);
            return;
        }
        if (read > DRAIN_BYTES) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    /**
     * Closes a request body that could not be read, errors swallowed, and asks for the connection to be closed after
     * the answer. Else the JDK server drains the body when the answer is closed, and its chunked decoder, after a bad
     * chunk header, throws {@link IndexOutOfBoundsException} there: the exchange never completed and the client
     * waited for an answer that never came (found by StoriesEndpointFuzzTest).
     */
    private static void abandonBody(HttpExchange exchange) {
        try {
            exchange.getRequestBody().close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("ingest: HTTP request body abandoned: {}", e.toString());
        }
        exchange.getResponseHeaders().set("Connection", "close");
    }

    private static long declaredLength(HttpExchange exchange) {
        try {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
