package io.dateline.enrich;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.RawStory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Not a test: measures the enricher's throughput on the Reuters-21578 development files, and optionally writes what it
 * found as NDJSON for {@code shared/tools/score_reuters.py}. Reads the data where it lies; copies nothing.
 * <pre>java -cp ... io.dateline.enrich.ReutersBench [../../shared/data/reuters21578] [tagged.ndjson]</pre>
 */
public final class ReutersBench {

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#(\\d+)|lt|gt|amp|quot);");

    private ReutersBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../../shared/data/reuters21578");
        List<RawStory> stories = read(folder);
        long chars = stories.stream().mapToLong(s -> s.getHeadline().length() + s.getBody().length()).sum();
        Enricher enricher = Enricher.standard(Clock.systemUTC());
        System.out.printf("%d stories with a body, %.1f MB of text%n", stories.size(), chars / 1e6);
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            long entities = 0;
            for (RawStory story : stories) {
                entities += enricher.enrich(story).getEntities().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.0f stories/s, %.1f MB/s, %d entities%n", round,
                    stories.size() / seconds, chars / 1e6 / seconds, entities);
        }
        if (args.length > 1) {
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
                for (RawStory story : stories) {
                    out.write(json(enricher.enrich(story)));
                    out.newLine();
                }
            }
        }
    }

    private static List<RawStory> read(Path folder) throws IOException {
        List<RawStory> stories = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList()) {
                Matcher m = STORY.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String body = tag(m.group(2), "BODY");
                    if (!body.isBlank()) {
                        stories.add(RawStory.newBuilder().setId("reuters-" + m.group(1))
                                .setHeadline(tag(m.group(2), "TITLE").strip()).setBody(body)
                                .setDateline(tag(m.group(2), "DATELINE").strip())
                                .setReceived(Instant.EPOCH).setContentHash("-").build());
                    }
                }
            }
        }
        return stories;
    }

    private static String tag(String story, String name) {
        int begin = story.indexOf("<" + name + ">");
        int end = story.indexOf("</" + name + ">");
        return begin < 0 || end < begin ? "" : unescape(story.substring(begin + name.length() + 2, end));
    }

    private static String unescape(String text) {
        return ENTITY.matcher(text).replaceAll(r -> switch (r.group(1)) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> Integer.parseInt(r.group(2)) < 32 ? " " : String.valueOf((char) Integer.parseInt(r.group(2)));
        }).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ");
    }

    private static String json(EnrichedStory story) {
        String countries = story.getCountries().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        String entities = story.getEntities().stream().map(ReutersBench::json).collect(Collectors.joining(","));
        return "{\"id\":\"" + story.getId() + "\",\"countries\":[" + countries + "],\"entities\":[" + entities + "]}";
    }

    private static String json(Entity entity) {
        return "{\"id\":\"" + entity.getId() + "\",\"type\":\"" + entity.getType() + "\",\"name\":\""
                + entity.getName().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
