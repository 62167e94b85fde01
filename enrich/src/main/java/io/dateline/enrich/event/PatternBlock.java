package io.dateline.enrich.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one block of the CAMEO dictionary, most words first (the order of the file among equals), each with
 * the ids of the items it needs after the verb ({@link PatternFilter}). Immutable and thread-safe.
 */
final class PatternBlock {

    static final PatternBlock EMPTY = new PatternBlock(List.of(), null);

    private final List<CameoVerbs.Pattern> patterns;
    private final int[][] needs;

    PatternBlock(List<CameoVerbs.Pattern> patterns, PatternFilter filter) {
        List<CameoVerbs.Pattern> sorted = new ArrayList<>(patterns);
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        this.patterns = List.copyOf(sorted);
        this.needs = new int[sorted.size()][];
        for (int p = 0; p < sorted.size(); p++) {
            needs[p] = filter.ids(sorted.get(p).needs());
        }
    }

    /** The patterns, most words first. */
    List<CameoVerbs.Pattern> patterns() {
        return patterns;
    }

    /** Whether pattern {@code p} can match after a verb with the items {@code present} ({@link PatternFilter#after}). */
    boolean possible(int p, long[] present) {
        return PatternFilter.hasAll(present, needs[p]);
    }
}
