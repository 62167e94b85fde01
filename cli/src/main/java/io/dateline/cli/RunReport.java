package io.dateline.cli;

import io.dateline.ingest.IngestReport;
import io.dateline.sink.store.StoredStory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one round of {@code dateline run} did: files read, stories published, which of them the store holds, and the
 * countries found in them; printed as the run's summary.
 */
record RunReport(int files, int filesWithProblems, int publishFailures, List<StoredStory> stored,
                 List<String> missing) {

    private static final int HEADLINE_WIDTH = 72;

    RunReport {
        stored = List.copyOf(stored);
        missing = List.copyOf(missing);
    }

    static RunReport of(IngestReport ingested, Map<String, Long> expected, List<String> missing,
                        Function<String, Optional<StoredStory>> find) {
        List<StoredStory> stored = expected.keySet().stream().sorted()
                .filter(id -> !missing.contains(id))
                .map(find).flatMap(Optional::stream).toList();
        return new RunReport(ingested.files().size(), ingested.failedFiles().size(),
                ingested.publishing().failures().size(), stored, missing);
    }

    /** Every published story is stored and nothing failed to publish. */
    boolean complete() {
        return missing.isEmpty() && publishFailures == 0;
    }

    int stories() {
        return stored.size();
    }

    /** Countries of the stored stories, most frequent first. */
    Map<String, Long> countries() {
        Map<String, Long> counts = stored.stream().flatMap(s -> s.countries().stream())
                .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    void print(PrintWriter out, String store, Duration elapsed) {
        out.printf(Locale.ROOT, "Stored %d of %d stories in %s in %.1f s (%d files read, %d with problems).%n",
                stored.size(), stored.size() + missing.size(), store, elapsed.toMillis() / 1000.0, files,
                filesWithProblems);
        printStories(out);
        Map<String, Long> countries = countries();
        out.println("Countries found: " + (countries.isEmpty() ? "none" : countries.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        out.flush();
    }

    void printStories(PrintWriter out) {
        for (StoredStory story : stored) {
            out.printf(Locale.ROOT, "  %-24s %-28s %s%n", story.id(), story.countries(), shorten(story.headline()));
        }
        out.flush();
    }

    private static String shorten(String headline) {
        return headline.length() <= HEADLINE_WIDTH ? headline : headline.substring(0, HEADLINE_WIDTH - 1) + "…";
    }
}
