package io.dateline.platform.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A service's operations endpoints over HTTP: {@code GET /health/live} (200 while the process serves),
 * {@code GET /health/ready} (200 when every readiness check is up, else 503; JSON with each check), and
 * {@code GET /metrics} (Prometheus text). Services may add their own handlers (ingest's story API) on the same port.
 */
public final class OpsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK server writes a response's headers and body apart; without TCP_NODELAY each small answer waits ~40 ms
        // for the client's delayed ACK (measured: 22 requests/s to the ingest endpoint without, 547/s with). Read once,
        // when the first server is created, so it is set before any.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, HealthCheck> readiness = new LinkedHashMap<>();
    private final PrometheusMeterRegistry metrics;
    private boolean closed;

    private OpsServer(HttpServer server, PrometheusMeterRegistry metrics, String name) {
        this.server = server;
        this.metrics = metrics;
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, name + "-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/health/live", exchange -> respond(exchange, 200, "application/json",
                "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", this::ready);
        server.createContext("/metrics", exchange -> respond(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) without starting.
     *
     * @param name a short service name for the thread names
     */
    public static OpsServer bind(String host, int port, PrometheusMeterRegistry metrics, String name) {
        try {
            return new OpsServer(HttpServer.create(new InetSocketAddress(host, port), 64), metrics, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** Adds a readiness condition; all must be up for /health/ready to answer 200. */
    public synchronized OpsServer readiness(String name, HealthCheck check) {
        readiness.put(name, check);
        return this;
    }

    /** Serves {@code handler} under {@code path} on the same port. */
    public OpsServer handle(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public OpsServer start() {
        server.start();
        return this;
    }

    /** The port it listens on (the chosen one when bound to port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /** Whether every readiness check is up now. */
    public synchronized boolean ready() {
        return readiness.values().stream().allMatch(check -> safely(check).up());
    }

    private void ready(HttpExchange exchange) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode checks = body.putObject("checks");
        boolean allUp = true;
        synchronized (this) {
            for (Map.Entry<String, HealthCheck> entry : readiness.entrySet()) {
                HealthCheck.Status status = safely(entry.getValue());
                allUp &= status.up();
                checks.putObject(entry.getKey()).put("status", status.up() ? "UP" : "DOWN")
                        .put("detail", status.detail());
            }
        }
        body.put("status", allUp ? "UP" : "DOWN");
        respond(exchange, allUp ? 200 : 503, "application/json", body.toString());
    }

    private static HealthCheck.Status safely(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return HealthCheck.Status.down("check failed: " + e.getMessage());
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(1);
        executor.shutdownNow();
    }
}
