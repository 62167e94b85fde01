package io.dateline.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.http.StoriesEndpoint;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.publish.InMemoryPublishers;
import io.dateline.ingest.publish.StoryPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bounded fuzzing of {@code POST /v1/stories} over real HTTP (the JDK server and client on loopback): any method,
 * token and body (the whole corpus, mutated; some bodies over the limit) is answered with one of the documented
 * statuses (202, 400, 401, 405, 413) and a JSON body, a refusal with an {@code error} message and no problem of kind
 * {@code internal}; never 500, never a hang. Kafka is not what is fuzzed here, so the publisher is Kafka's in-memory
 * producer (it still serialises every accepted story as Avro); the real broker is in StoriesEndpointIT and
 * BadInputIT.
 */
@AddLifecycleHook(FuzzBudget.class)
class StoriesEndpointFuzzTest {

    private static final String TOKEN = "fuzz-token";
    private static final int MAX_BYTES = 32 * 1024;
    private static final Set<Integer> DOCUMENTED = Set.of(202, 400, 401, 405, 413);
    /** What the JDK server itself answers before the endpoint sees a request: 400 (unparsable), 501 (encoding). */
    private static final Set<Integer> RAW = Set.of(202, 400, 401, 405, 413, 501);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer server;
    private static StoriesEndpoint endpoint;
    private static StoryPublisher publisher;
    private static HttpClient client;

    @BeforeContainer
    static void start() throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: ~45 ms
        // per request (22 inputs/s instead of ~550/s). Read once, when the first server of this JVM starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        publisher = InMemoryPublishers.acknowledgingAll();
        endpoint = new StoriesEndpoint(WireFormats.parser(Parsing.CONTEXT), publisher, () -> true,
                IngestMetrics.inMemory(), MAX_BYTES, TOKEN, Duration.ofSeconds(10));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(StoriesEndpoint.PATH, endpoint);
        server.start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stop() {
        server.stop(0);
        endpoint.close();
        publisher.close();
    }

    @Property(tries = Integer.MAX_VALUE, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void storiesEndpoint(@ForAll("methods") String method, @ForAll("tokens") String token,
                         @ForAll("bodies") byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.getAddress().getPort() + StoriesEndpoint.PATH))
                .timeout(FuzzBudget.hangSeconds())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (!token.isEmpty()) {
            request.header("Authorization", token);
        }

        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

        Findings.keepIfFailing("http", body, () -> {
            assertThat(response.statusCode()).as("status for %s, %s", method, token).isIn(DOCUMENTED);
            JsonNode answer = readJson(response.body());
            if (response.statusCode() == 202) {
                assertThat(answer.path("ids").isArray()).isTrue();
                answer.path("ids").forEach(id -> assertThat(id.asText()).isNotBlank());
            } else {
                assertThat(answer.path("error").asText()).as("error message").isNotBlank();
                answer.path("problems").forEach(problem ->
                        assertThat(problem.path("kind").asText()).isNotEqualTo("internal"));
            }
        });
    }

    /**
     * The same endpoint at the byte level: headers the HTTP client would never send (a lying, negative or
     * non-numeric Content-Length, chunked bodies with broken chunks, doubled headers), then the body, then end of
     * input. The answer (after a {@code 100 Continue} when asked) is a documented status or the JDK server's own 400
     * or 501 (an unknown transfer coding), or the connection is closed; never a 500, never a server that keeps the
     * connection open past end of input without answering.
     */
    @Property(tries = Integer.MAX_VALUE, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void rawRequests(@ForAll("rawHeaders") String headers, @ForAll("bodies") byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            socket.setSoTimeout((int) FuzzBudget.hangSeconds().toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + StoriesEndpoint.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                    + TOKEN + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            socket.shutdownOutput();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String finalAnswer = answer.replaceFirst("(?s)^HTTP/1.1 100 .*?\r\n\r\n", "");
            String statusLine = finalAnswer.substring(0, Math.min(12, finalAnswer.length()));

            Findings.keepIfFailing("http-raw", concat(headers, body), () -> {
                if (!statusLine.isEmpty()) {
                    assertThat(statusLine).as("status line for headers %s", headers).startsWith("HTTP/1.1 ");
                    assertThat(Integer.parseInt(statusLine.substring(9, 12))).as("status for headers %s", headers)
                            .isIn(RAW);
                }
            });
        } catch (SocketTimeoutException e) {
            Findings.keep("http-raw", concat(headers, body));
            throw new AssertionError("no answer and no close within " + FuzzBudget.hangSeconds().toSeconds()
                    + " s after end of input, headers: " + headers, e);
        } catch (SocketException e) {
            // the server closed the connection (a reset): a refusal of a request it cannot parse
        }
    }

    private static byte[] concat(String headers, byte[] body) {
        byte[] head = headers.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Provide
    Arbitrary<String> rawHeaders() {
        Arbitrary<String> one = Arbitraries.oneOf(
                Arbitraries.integers().between(-5, MAX_BYTES + 5).map(n -> "Content-Length: " + n),
                Arbitraries.of("Content-Length: abc", "Content-Length: 99999999999999999999", "Content-Length: ",
                        "Content-Length: 1, 2", "Transfer-Encoding: chunked", "Transfer-Encoding: gzip, chunked",
                        "Transfer-Encoding: identity", "Expect: 100-continue", "Content-Type: text/plain; charset=x",
                        "Connection: close", "Authorization: Bearer other", "X-Long: " + "x".repeat(10_000)));
        return one.list().ofMaxSize(3).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(header -> text.append(header).append("\r\n"));
            return text.toString();
        });
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("the answer is not JSON: " + text, e);
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.frequency(
                Tuple.of(12, "POST"), Tuple.of(1, "PUT"),
                Tuple.of(1, "GET"), Tuple.of(1, "DELETE"),
                Tuple.of(1, "PATCH"));
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.frequency(
                Tuple.of(12, "Bearer " + TOKEN), Tuple.of(1, ""),
                Tuple.of(1, "Bearer"), Tuple.of(1, "Bearer " + TOKEN + "x"),
                Tuple.of(1, "bearer " + TOKEN), Tuple.of(1, "Basic Zm9vOmJhcg=="),
                Tuple.of(1, "Bearer  " + TOKEN), Tuple.of(1, "Bearer fuzz-toke"));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, FuzzInputs.inputs(FuzzInputs.wholeCorpus())),
                Tuple.of(1, Arbitraries.integers().between(MAX_BYTES - 2, MAX_BYTES + 2)
                        .map(size -> new byte[size])));
    }
}
