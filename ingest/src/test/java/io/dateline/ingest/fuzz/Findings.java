package io.dateline.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fuzz input that failed its property -> a file {@code target/fuzz-findings/<target>-<sha1>.bin}, so that it can be
 * read, replayed, and added to the corpus once the bug is fixed. The failure itself is rethrown unchanged.
 */
final class Findings {

    static final Path DIR = Path.of("target", "fuzz-findings");

    private Findings() {
    }

    static void keepIfFailing(String target, byte[] input, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | Error e) {
            Path file = keep(target, input);
            e.addSuppressed(new AssertionError("failing input kept in " + file.toAbsolutePath()));
            throw e;
        }
    }

    static Path keep(String target, byte[] input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(input);
            Path file = DIR.resolve(target + "-" + HexFormat.of().formatHex(digest, 0, 8) + ".bin");
            Files.createDirectories(DIR);
            return Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
