package io.dateline.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A client for the two calls of the Confluent Schema Registry API that the wire format needs: register a schema under a
 * subject (its id goes into every record) and fetch a schema by id. Works with any registry that speaks that API
 * (Apicurio Registry's {@code /apis/ccompat/v7}, Karapace, Redpanda, Confluent). Results are cached: ids are immutable.
 */
public final class SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final String authorization;
    private final HttpClient http;
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /**
     * @param baseUrl  registry base URL, e.g. {@code http://registry:8080/apis/ccompat/v7}
     * @param userInfo {@code user:password} for basic authentication, or null
     */
    public SchemaRegistryClient(URI baseUrl, String userInfo) {
        String url = baseUrl.toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = userInfo == null || userInfo.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** Registers (or finds) {@code schema} under {@code subject} and returns its global id. */
    public int register(String subject, Schema schema) {
        String key = subject + '\u0000' + schema.toString();
        return idsBySubjectAndSchema.computeIfAbsent(key, k -> {
            String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
            JsonNode reply = call(request("subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            int id = reply.path("id").asInt(-1);
            if (id < 0) {
                throw new SerializationException("Schema registry " + baseUrl + " returned no id for subject " + subject);
            }
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    /** The schema registered with {@code id}. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, k -> {
            JsonNode reply = call(request("schemas/ids/" + id).GET().build());
            String text = reply.path("schema").asText(null);
            if (text == null) {
                throw new SerializationException("Schema registry " + baseUrl + " returned no schema for id " + id);
            }
            return new Schema.Parser().parse(text);
        });
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SerializationException("Schema registry " + request.method() + " " + request.uri()
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SerializationException("Schema registry " + request.uri() + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("Interrupted while calling the schema registry", e);
        }
    }
}
