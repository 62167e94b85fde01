package io.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmarks find real copy: the Reuters-21578 development files in {@code ../shared/data/reuters21578} (or the
 * folder named by the system property {@code dateline.bench.reuters}). Benchmarks that need it fail fast with this
 * message when it is missing; nothing of it is shipped in the repo.
 */
public final class BenchData {

    private BenchData() {
    }

    /** The Reuters folder; throws IllegalStateException saying how to point at it when it is not there. */
    public static Path reuters() {
        Path dir = Path.of(System.getProperty("dateline.bench.reuters", "../shared/data/reuters21578"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Reuters-21578 files not found at " + dir.toAbsolutePath()
                    + "; run from the repo root next to ../shared, or pass -Ddateline.bench.reuters=DIR");
        }
        return dir;
    }
}
