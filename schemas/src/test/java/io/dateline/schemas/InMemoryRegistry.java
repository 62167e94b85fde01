package io.dateline.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two endpoints of the Confluent Schema Registry API the serde calls, served over real HTTP on loopback, for unit
 * tests of the wire format. (No registry server can be started from Maven Central jars; the Testcontainers test runs
 * the real Apicurio Registry where Docker exists.)
 */
public final class InMemoryRegistry implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> schemas = new CopyOnWriteArrayList<>();
    public final List<String> requests = new CopyOnWriteArrayList<>();

    public InMemoryRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7");
    }

    /** Registers a schema directly, as another producer would have. */
    public synchronized int put(String schema) {
        return ids.computeIfAbsent(schema, s -> {
            schemas.add(s);
            return schemas.size();
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replace("/apis/ccompat/v7", "");
        requests.add(exchange.getRequestMethod() + " " + path);
        if ("POST".equals(exchange.getRequestMethod()) && path.matches("/subjects/[^/]+/versions")) {
            String schema = JSON.readTree(exchange.getRequestBody()).path("schema").asText();
            reply(exchange, 200, "{\"id\":" + put(schema) + "}");
        } else if ("GET".equals(exchange.getRequestMethod()) && path.matches("/schemas/ids/\\d+")) {
            int id = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
            if (id < 1 || id > schemas.size()) {
                reply(exchange, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
            } else {
                reply(exchange, 200, JSON.createObjectNode().put("schema", schemas.get(id - 1)).toString());
            }
        } else {
            reply(exchange, 404, "{\"error_code\":404}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
