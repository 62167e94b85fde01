package io.dateline.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Files seen at each poll -> those no longer being written: a file is settled once its size and modification time
 * have not changed for at least {@code settleMillis} (measured on the caller's clock, in milliseconds). A producer
 * that writes a file slowly, or in bursts with pauses shorter than that, is waited for; one that writes to a
 * {@code .tmp} or dot-file and renames it is taken at once after the settle time.
 */
final class SettledFiles {

    private record Stamp(long size, long modified, long since) {
    }

    private final long settleMillis;
    private final Map<Path, Stamp> seen = new HashMap<>();

    SettledFiles(long settleMillis) {
        this.settleMillis = settleMillis;
    }

    /** Of {@code files} (present now), those that are settled at {@code nowMillis}; forgets files that are gone. */
    List<Path> settled(List<Path> files, long nowMillis) {
        List<Path> settled = new ArrayList<>();
        Map<Path, Stamp> now = new HashMap<>();
        for (Path file : files) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Stamp before = seen.get(file);
            Stamp stamp = before != null && before.size() == size && before.modified() == modified ? before
                    : new Stamp(size, modified, nowMillis);
            now.put(file, stamp);
            if (nowMillis - stamp.since() >= settleMillis) {
                settled.add(file);
            }
        }
        seen.clear();
        seen.putAll(now);
        return settled;
    }

    /** Forgets {@code file} (it was moved away). */
    void forget(Path file) {
        seen.remove(file);
    }
}
