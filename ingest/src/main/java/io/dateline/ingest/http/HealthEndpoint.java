package io.dateline.ingest.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dateline.platform.ops.HealthCheck;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /health}: liveness and readiness in one answer, for people and simple probes: 200 with
 * {@code "status":"UP"} when the service runs and every readiness check is up, else 503 with {@code "DOWN"}; each
 * check with its detail. The ops server's {@code /health/live} and {@code /health/ready} answer the two questions
 * apart, for orchestrators.
 */
public final class HealthEndpoint implements HttpHandler {

    public static final String PATH = "/health";

    private final BooleanSupplier live;
    private final Map<String, HealthCheck> checks = new LinkedHashMap<>();

    public HealthEndpoint(BooleanSupplier live) {
        this.live = live;
    }

    public HealthEndpoint check(String name, HealthCheck check) {
        checks.put(name, check);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            HttpReply.send(exchange, 404, HttpReply.error("no such resource"));
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            HttpReply.send(exchange, 405, HttpReply.error("use GET"));
            return;
        }
        ObjectNode body = HttpReply.JSON.createObjectNode();
        boolean alive = live.getAsBoolean();
        boolean up = alive;
        body.put("live", alive);
        ObjectNode details = body.putObject("checks");
        for (Map.Entry<String, HealthCheck> entry : checks.entrySet()) {
            HealthCheck.Status status;
            try {
                status = entry.getValue().check();
            } catch (RuntimeException e) {
                status = HealthCheck.Status.down("check failed: " + e.getMessage());
            }
            up &= status.up();
            details.putObject(entry.getKey()).put("status", status.up() ? "UP" : "DOWN")
                    .put("detail", status.detail());
        }
        body.put("status", up ? "UP" : "DOWN");
        HttpReply.send(exchange, up ? 200 : 503, body);
    }
}
