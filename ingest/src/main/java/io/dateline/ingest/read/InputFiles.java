package io.dateline.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Paths named by the user -> the files to read, in a stable order: a file as it is (even a hidden one: it was named);
 * a folder recursively, its files sorted by path, skipping hidden files and folders (name starting with '.').
 * Nothing is opened for writing, moved or deleted.
 */
final class InputFiles {

    /**
     * One entry of the expansion: a file to read, or a named path that could not be listed.
     *
     * @param path    the file, or the named path
     * @param problem why it cannot be read, or null for a file to read
     */
    record Entry(Path path, String problem) {
    }

    private InputFiles() {
    }

    /** Calls {@code each} for every file under {@code paths}, in order, and for every path that cannot be listed. */
    static void expand(List<Path> paths, Consumer<Entry> each) {
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                each.accept(new Entry(path, null));
            } else if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = filesUnder(path);
                } catch (IOException | UncheckedIOException e) {
                    each.accept(new Entry(path, "cannot list folder: " + e.getMessage()));
                    continue;
                }
                files.forEach(file -> each.accept(new Entry(file, null)));
            } else if (Files.exists(path)) {
                each.accept(new Entry(path, "neither a file nor a folder"));
            } else {
                each.accept(new Entry(path, "no such file or folder"));
            }
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !isHidden(folder, p))
                    .filter(Files::isRegularFile)
                    .forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Whether any name between {@code root} (exclusive) and {@code path} starts with a dot. */
    private static boolean isHidden(Path root, Path path) {
        for (Path name : root.relativize(path)) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
