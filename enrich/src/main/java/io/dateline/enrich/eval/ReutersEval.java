package io.dateline.enrich.eval;

import io.dateline.avro.EnrichedStory;
import io.dateline.enrich.Enricher;
import io.dateline.schemas.AvroJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reuters-21578 SGML files → the enricher's story-level countries and people scored against the gold PLACES and
 * PEOPLE ({@link ReutersScore}), and optionally every enriched story as one JSON line, as {@code dateline tag} prints
 * it, so that the reference scorer can check the figures. Every story is tagged, with or without a body.
 */
public final class ReutersEval {

    private final Enricher enricher;

    public ReutersEval(Enricher enricher) {
        this.enricher = enricher;
    }

    /** What an evaluation found: the score, how many files and characters of text it read. */
    public record Result(ReutersScore score, int files, long chars) {
    }

    /**
     * Scores the stories of {@code files} (each a {@code .sgm} file, or a folder whose {@code reut2-*.sgm} files are
     * read in name order), writing them to {@code out} as NDJSON when it is not null.
     */
    public Result run(List<Path> files, PlacesMap places, Path out) throws IOException {
        List<Path> sgml = sgmlFiles(files);
        ReutersScore score = new ReutersScore(places);
        long chars = 0;
        try (BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path file : sgml) {
                for (ReutersStory story : ReutersSgml.read(file)) {
                    EnrichedStory tagged = enricher.enrich(story.story());
                    chars += story.story().getHeadline().length() + story.story().getBody().length();
                    score.add(story, tagged);
                    if (writer != null) {
                        writer.write(AvroJson.toJson(tagged));
                        writer.newLine();
                    }
                }
            }
        }
        return new Result(score, sgml.size(), chars);
    }

    /** The {@code .sgm} files named, folders replaced by their {@code reut2-*.sgm} files in name order. */
    public static List<Path> sgmlFiles(List<Path> paths) throws IOException {
        List<Path> result = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    listed.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted()
                            .forEach(result::add);
                }
            } else if (Files.isRegularFile(path)) {
                result.add(path);
            } else {
                throw new IOException("No such file or folder: " + path);
            }
        }
        if (result.isEmpty()) {
            throw new IOException("No reut2-*.sgm files in " + paths);
        }
        return result;
    }

    /** Where {@code places-iso3.tsv} lies by default: next to the first file (or in the first folder) named. */
    public static Path defaultPlaces(List<Path> paths) {
        Path first = paths.get(0).toAbsolutePath();
        Path folder = Files.isDirectory(first) ? first : first.getParent();
        return folder.resolve("places-iso3.tsv");
    }

    /**
     * The figures as the eval command prints them: the scores, then how much text was read. (Speed is measured by the
     * JMH benchmark, not here: one cold pass says little.)
     */
    public static String report(Result result) {
        return result.score().report() + String.format(Locale.ROOT, "%nfiles %d, %.1f MB of headline and body text",
                result.files(), result.chars() / 1e6);
    }

    /**
     * {@code java -cp ... io.dateline.enrich.eval.ReutersEval PATH... [--out tagged.ndjson] [--places FILE]}: the same
     * as {@code dateline eval reuters}.
     */
    public static void main(String[] args) throws IOException {
        List<Path> paths = new ArrayList<>();
        Path out = null;
        Path places = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--places" -> places = Path.of(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: ReutersEval PATH... [--out tagged.ndjson] [--places places-iso3.tsv]");
            System.exit(2);
        }
        PlacesMap map = PlacesMap.read(places == null ? defaultPlaces(paths) : places);
        Result result = new ReutersEval(Enricher.standard(Clock.systemUTC())).run(paths, map, out);
        System.out.println(report(result));
    }
}
