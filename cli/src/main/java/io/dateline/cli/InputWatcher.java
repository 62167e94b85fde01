package io.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Watches input files and folders by polling, for {@code dateline run --follow}: each round hands the files that are
 * new or changed (size or modification time) since the last round to a callback. Files are only read, never moved.
 */
final class InputWatcher {

    /** What to do with the files that changed. */
    interface Changed {
        void accept(List<Path> files) throws InterruptedException;
    }

    private static final long POLL_MILLIS = 1_000;

    private final List<Path> roots;
    private Map<Path, String> seen;

    InputWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
        this.seen = snapshot();
    }

    /** Polls until {@code stop} is set, handing changed files to {@code changed}. */
    void follow(AtomicBoolean stop, Changed changed) throws InterruptedException {
        while (!stop.get()) {
            Thread.sleep(POLL_MILLIS);
            Map<Path, String> now = snapshot();
            List<Path> files = new ArrayList<>();
            now.forEach((file, stamp) -> {
                if (!stamp.equals(seen.get(file))) {
                    files.add(file);
                }
            });
            seen = now;
            if (!files.isEmpty() && !stop.get()) {
                files.sort(null);
                changed.accept(files);
            }
        }
    }

    private Map<Path, String> snapshot() {
        Map<Path, String> stamps = new HashMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(p -> stamps.put(p, stamp(p)));
            } catch (IOException | UncheckedIOException e) {
                // a file vanished while listing: the next round sees the folder as it is then
            }
        }
        return stamps;
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
