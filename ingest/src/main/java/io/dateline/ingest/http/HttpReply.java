package io.dateline.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One JSON answer to an HTTP exchange, which it closes; a client gone away is logged, not thrown. */
final class HttpReply {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(HttpReply.class);

    private HttpReply() {
    }

    /** A JSON object with {@code error} set to {@code message}. */
    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    static void send(HttpExchange exchange, int status, ObjectNode body) {
        try (exchange) {
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            LOG.debug("ingest: cannot answer {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    e.getMessage());
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
