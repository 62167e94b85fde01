package io.dateline.ingest.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The layout of a drop folder and the only moves ingest makes in it. Producers put files at its top level; a file
 * whose stories Kafka acknowledged moves to {@code processed/}, a file that could not be (fully) read moves to
 * {@code rejected/} next to a sidecar {@code <name>.reason.txt} saying why. Nothing is ever deleted or overwritten: a
 * name already taken in the target folder gets a counter ({@code story.txt}, {@code story.1.txt}, ...). Candidates are
 * regular files at the top level whose name does not start with '.' and does not end in a temporary suffix
 * ({@value #TEMPORARY_SUFFIXES_TEXT}); sub-folders are not read.
 */
public final class DropFolder {

    public static final String PROCESSED = "processed";
    public static final String REJECTED = "rejected";
    public static final String SIDECAR_SUFFIX = ".reason.txt";
    static final String TEMPORARY_SUFFIXES_TEXT = ".tmp, .part, .partial, .filepart, .crdownload, .swp";
    private static final Set<String> TEMPORARY_SUFFIXES = Set.of(".tmp", ".part", ".partial", ".filepart",
            ".crdownload", ".swp");
    private static final int MAX_COPIES = 100_000;

    private final Path root;

    /** The drop folder at {@code root}; creates it and its processed/ and rejected/ folders when missing. */
    public DropFolder(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve(PROCESSED));
        Files.createDirectories(root.resolve(REJECTED));
    }

    public Path root() {
        return root;
    }

    /** The candidate files, sorted by name. */
    public List<Path> candidates() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isRegularFile).filter(DropFolder::isCandidate).sorted().toList();
        }
    }

    static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return TEMPORARY_SUFFIXES.stream().noneMatch(lower::endsWith);
    }

    /** Moves {@code file} to processed/; returns where it went. */
    public Path processed(Path file) throws IOException {
        return moveUnique(file, root.resolve(PROCESSED));
    }

    /** Moves {@code file} to rejected/ and writes {@code reason} next to it; returns where it went. */
    public Path rejected(Path file, String reason) throws IOException {
        Path target = moveUnique(file, root.resolve(REJECTED));
        Path sidecar = target.resolveSibling(target.getFileName() + SIDECAR_SUFFIX);
        Files.writeString(sidecar, reason, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return target;
    }

    /** Moves {@code file} into {@code folder} under its name, or the first free numbered variant of it. */
    private static Path moveUnique(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        for (int copy = 0; copy < MAX_COPIES; copy++) {
            Path target = folder.resolve(copy == 0 ? name : numbered(name, copy));
            if (Files.exists(target) || Files.exists(target.resolveSibling(target.getFileName() + SIDECAR_SUFFIX))) {
                continue;
            }
            try {
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: try the next name
            }
        }
        throw new IOException("no free name for " + name + " in " + folder);
    }

    /** {@code story.txt} -> {@code story.1.txt}; {@code story} -> {@code story.1}. */
    static String numbered(String name, int copy) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "." + copy + name.substring(dot) : name + "." + copy;
    }
}
