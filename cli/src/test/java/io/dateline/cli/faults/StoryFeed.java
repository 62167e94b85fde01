package io.dateline.cli.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * Writes our own generated ninjs 3.x stories into a drop folder, paced over a given time so that faults hit them
 * mid-stream: first version 1 of every story (with one malformed file in {@value #BAD_EVERY}, which must end in
 * {@code rejected/} with its reason), then version 2 of every {@value #UPDATE_EVERY}th story, each written once
 * ingest has moved its version 1 to {@code processed/} (as a later correction arrives in practice). Files appear
 * atomically (written beside the folder, then moved in). The same count gives the same stories, ids and times in
 * every scenario, so stores can be compared with a clean pass.
 */
final class StoryFeed {

    static final int UPDATE_EVERY = 4;
    static final int BAD_EVERY = 25;
    private static final Instant BASE_TIME = Instant.parse("2026-03-02T06:00:00Z");
    private static final String[] COPY = {
        "Russian forces shelled Ukrainian positions near Kharkiv overnight, and Ukraine accused Russia of targeting "
                + "civilians.",
        "Iran threatened Israel with retaliation after an attack on its consulate, while Israel warned Iran "
                + "against escalation.",
        "China and Japan agreed to resume talks on maritime security after a meeting of their foreign ministers.",
        "India accused Pakistan of violating the ceasefire along the border, and Pakistan denied the claim.",
        "Turkey offered to mediate between Russia and Ukraine, and the United States praised the offer.",
        "Egypt hosted talks between Israel and Hamas envoys on a truce, and Qatar said progress had been made.",
    };

    private final Path dropDir;
    private final Path staging;
    private final int stories;
    private final Map<String, Long> latest = new TreeMap<>();
    private int files;
    private int malformed;

    StoryFeed(Path dropDir, Path staging, int stories) {
        this.dropDir = dropDir;
        this.staging = staging;
        this.stories = stories;
    }

    /** Writes every story and update, spread over about {@code duration}. */
    void run(Duration duration) throws InterruptedException {
        List<Integer> updates = new ArrayList<>();
        long pauseNanos = duration.toNanos() / (stories + stories / UPDATE_EVERY + 1);
        for (int n = 0; n < stories; n++) {
            write(String.format("story-%05d.json", n), ninjs(n, 1));
            if (n % BAD_EVERY == BAD_EVERY - 1) {
                write(String.format("bad-%05d.json", n), "{\"uri\": \"urn:dateline:faults:" + n + "\", ");
                malformed++;
            }
            if (n % UPDATE_EVERY == 0) {
                updates.add(n);
            }
            TimeUnit.NANOSECONDS.sleep(pauseNanos); // pacing the feed, not waiting for a condition
        }
        for (int n : updates) {
            Path first = dropDir.resolve("processed").resolve(String.format("story-%05d.json", n));
            Awaitility.await("version 1 of story " + n + " processed").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(50)).until(() -> Files.exists(first));
            write(String.format("story-%05d-v2.json", n), ninjs(n, 2));
            TimeUnit.NANOSECONDS.sleep(pauseNanos);
        }
    }

    /** Story id → the latest version written. */
    synchronized Map<String, Long> expected() {
        return Map.copyOf(latest);
    }

    synchronized int filesWritten() {
        return files;
    }

    synchronized int malformedWritten() {
        return malformed;
    }

    /** What the drop folder's files came to: {@code processed}, {@code rejected} (with a reason), {@code waiting}. */
    Map<String, Integer> accounting() {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("processed", count(dropDir.resolve("processed"), false));
        counts.put("rejected", count(dropDir.resolve("rejected"), false));
        counts.put("reasons", count(dropDir.resolve("rejected"), true));
        counts.put("waiting", count(dropDir, false));
        return counts;
    }

    /** Every file written has left the drop folder: published and processed, or rejected with a reason. */
    boolean accountedFor() {
        Map<String, Integer> counts = accounting();
        return counts.get("waiting") == 0 && counts.get("processed") + counts.get("rejected") == filesWritten()
                && counts.get("reasons").equals(counts.get("rejected"));
    }

    private static int count(Path dir, boolean reasons) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return (int) list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".reason.txt") == reasons)
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, String content) {
        try {
            Path temporary = staging.resolve(name);
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, dropDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            files++;
        }
    }

    private String ninjs(int n, int version) {
        String id = "urn:dateline:faults:" + n;
        synchronized (this) {
            latest.put(id, (long) version);
        }
        Instant created = BASE_TIME.plus(Duration.ofMinutes(7L * (n % 60)));
        Instant versionCreated = created.plus(Duration.ofMinutes(20L * (version - 1)));
        String body = COPY[n % COPY.length] + (version > 1 ? " Officials confirmed the report on Tuesday." : "")
                + " The story is number " + n + " of the fault suite.";
        return "{\"uri\": \"" + id + "\", \"type\": \"text\", \"version\": \"" + version + "\", "
                + "\"pubStatus\": \"usable\", \"language\": \"en\", "
                + "\"firstCreated\": \"" + created + "\", \"versionCreated\": \"" + versionCreated + "\", "
                + "\"headlines\": [{\"role\": \"main\", \"value\": \"Fault suite story " + n + " v" + version + "\"}], "
                + "\"bodies\": [{\"contentType\": \"text/plain\", \"value\": \"" + body + "\"}]}";
    }
}
