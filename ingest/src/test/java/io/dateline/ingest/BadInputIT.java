package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.avro.RawStory;
import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.schemas.Topic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through both delivery paths of the running service, against a real broker, as one table:
 * XXE, billion laughs, deeply nested JSON, invalid UTF-8, a zero-byte file and a 50 MB file each end as a clear
 * rejection — in the drop folder moved to {@code rejected/} with a sidecar naming the reason, over HTTP a 4xx with a
 * message — and the good stories sent in the same run, between the bad ones, are all published.
 */
class BadInputIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    /** One bad input: what it is, its bytes, the sidecar's reason line, the HTTP status and a piece of the message. */
    record Bad(String file, byte[] content, String sidecarReason, int status, String message) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static List<Bad> table() {
        return List.of(
                new Bad("xxe.xml", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]>\n" + newsItem("urn:bad:xxe", "&xxe;")),
                        "reason: unsafe: ", 400, "not accepted"),
                new Bad("billion-laughs.xml", utf8(billionLaughs()), "reason: unsafe: ", 400, "not accepted"),
                new Bad("deep.json", utf8("{\"uri\": \"urn:bad:deep\", \"altIds\": " + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}"), "reason: malformed: not well-formed JSON", 400, "nesting depth"),
                new Bad("invalid-utf8.json", concat(utf8("{\"uri\": \"urn:bad:utf8\", \"headlines\": [{\"value\": "
                        + "\"caf"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, utf8("\"}]}")),
                        "reason: malformed: not well-formed JSON", 400, "UTF-8"),
                new Bad("invalid-utf8.xml", concat(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + newsItem("urn:bad:utf8x", "caf")), new byte[] {(byte) 0xC3, 0x28}, utf8("</newsItem>")),
                        "reason: malformed: not well-formed XML", 400, "not well-formed XML"),
                new Bad("zero-bytes.txt", new byte[0], "reason: empty: ", 400, "empty"),
                new Bad("fifty-mb.txt", fiftyMegabytes(), "reason: too-large: too large: " + FIFTY_MB + " bytes", 413,
                        "larger than the limit"));
    }

    /** Good inputs of each format; {@code prefix} keeps the ids of the two paths apart. */
    private static Map<String, String> good(String prefix) {
        return Map.of(
                prefix + "-good.json", "{\"uri\": \"urn:" + prefix + ":1\", \"headlines\": [{\"value\": \"Port opens\"}],"
                        + " \"bodies\": [{\"value\": \"Ships left.\"}]}",
                prefix + "-good.xml", newsItem("urn:" + prefix + ":2", "Ships came back.") + "</newsItem>",
                prefix + "-good.sgm", "<REUTERS NEWID=\"" + (prefix.equals("drop") ? 1 : 2) + "\"><TEXT><TITLE>Cocoa"
                        + "</TITLE><BODY>Showers continued.\n Reuter\n&#3;</BODY></TEXT></REUTERS>");
    }

    @Test
    void shouldRejectEachBadInputClearlyAndLoseNoGoodStoryOnEitherPath() throws Exception {
        // Given the service with a drop folder and HTTP, on a real broker
        String prefix = KAFKA.uniquePrefix();
        Path drop = dir.resolve("drop");
        IngestConfig config = IngestConfig.from(ConfigSource.of(Map.of(
                "DATELINE_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers(),
                "DATELINE_TOPIC_PREFIX", prefix,
                "DATELINE_INGEST_HTTP_HOST", "127.0.0.1",
                "DATELINE_INGEST_HTTP_PORT", "0",
                "DATELINE_INGEST_DROP_DIR", drop.toString(),
                "DATELINE_INGEST_DROP_POLL", "200ms",
                "DATELINE_INGEST_DROP_SETTLE", "200ms")));
        List<Bad> table = table();
        Files.createDirectories(drop);
        for (Bad bad : table) {
            Files.write(drop.resolve(bad.file()), bad.content());
        }
        for (Map.Entry<String, String> good : good("drop").entrySet()) {
            Files.writeString(drop.resolve(good.getKey()), good.getValue());
        }

        try (IngestService service = IngestService.create(config, Clock.systemUTC())) {
            service.start();
            int port = service.httpPort().orElseThrow();
            await().atMost(TIMEOUT).until(() -> get(port, "/health").statusCode() == 200);

            // When the same bad inputs are posted, each after a good one
            List<String> httpGood = new ArrayList<>(good("http").values());
            for (int i = 0; i < table.size(); i++) {
                if (i < httpGood.size()) {
                    assertThat(post(port, utf8(httpGood.get(i))).statusCode()).isEqualTo(202);
                }
                Bad bad = table.get(i);
                HttpResponse<String> answer = post(port, bad.content());

                // Then each bad one is a 4xx with a message saying why
                assertThat(answer.statusCode()).as(bad.file()).isEqualTo(bad.status());
                assertThat(answer.body()).as(bad.file()).contains("\"error\"").containsIgnoringCase(bad.message());
            }

            // And in the drop folder each bad file is rejected with its reason, every good file processed
            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(files(drop)).isEmpty());
            for (Bad bad : table) {
                assertThat(drop.resolve("rejected").resolve(bad.file())).as(bad.file()).exists();
                assertThat(drop.resolve("rejected").resolve(bad.file() + ".reason.txt")).as(bad.file()).content()
                        .contains(bad.sidecarReason());
            }
            for (String good : good("drop").keySet()) {
                assertThat(drop.resolve("processed").resolve(good)).exists();
            }
        }

        // And exactly the good stories of both paths are on the topic
        assertThat(consumeIds(KafkaSettings.of(KAFKA.bootstrapServers(), prefix), 6)).containsExactlyInAnyOrder(
                "urn:drop:1", "urn:drop:2", "reuters21578:1", "urn:http:1", "urn:http:2", "reuters21578:2");
    }

    private static List<Path> files(Path drop) throws IOException {
        try (var entries = Files.list(drop)) {
            return entries.filter(Files::isRegularFile).toList();
        }
    }

    private static Set<String> consumeIds(KafkaSettings settings, int count) {
        Topic<String, RawStory> topic = settings.topics().rawStories();
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, RawStory> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, settings.topicPrefix() + "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                settings.serdes().key(topic).deserializer(), settings.serdes().value(topic).deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(TIMEOUT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> ids.add(record.value().getId()));
                return ids.size() >= count;
            });
            // anything published after the expected ones would show up here too
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> ids.add(record.value().getId()));
        }
        assertThat(ids).hasSize(count);
        return ids.stream().collect(Collectors.toSet());
    }

    private static String newsItem(String guid, String text) {
        return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"" + guid + "\" version=\"1\">"
                + "<catalogRef href=\"c\"/><itemMeta><itemClass qcode=\"ninat:text\"/><provider qcode=\"nprov:AFP\"/>"
                + "<versionCreated>2026-01-12T10:00:00Z</versionCreated></itemMeta><contentMeta><headline>" + text
                + "</headline></contentMeta>";
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        return dtd + "]>\n" + newsItem("urn:bad:lol", "&lol9;") + "</newsItem>";
    }

    /** 50 MB of plain wire text: readable, just far over every limit. */
    private static byte[] fiftyMegabytes() {
        byte[] line = utf8("Ships left the harbour at dawn and more followed.\n");
        byte[] content = new byte[FIFTY_MB];
        for (int i = 0; i < content.length; i++) {
            content[i] = line[i % line.length];
        }
        return content;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[0];
        for (byte[] part : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + part.length);
            System.arraycopy(part, 0, out, at, part.length);
        }
        return out;
    }

    private static HttpResponse<String> post(int port, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v1/stories")).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
