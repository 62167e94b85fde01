package io.dateline.enrich.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one block of the CAMEO dictionary, most words first (the order of the file among equals), each with
 * the ids of the items it needs after the verb ({@link PatternFilter}). Sizes and ids are kept in flat arrays, so that
 * skipping the many patterns whose items are absent reads a few cache lines, not a record per pattern. Immutable and
 * thread-safe.
 */
final class PatternBlock {

    static final PatternBlock EMPTY = new PatternBlock(List.of(), null);

    private final List<CameoVerbs.Pattern> patterns;
    private final int[] sizes;
    /**
     * The ids pattern {@code p} needs: {@code needs[needsEnd[p - 1]]} (0 for the first) to {@code needs[needsEnd[p]]}.
     */
    private final int[] needs;
    private final int[] needsEnd;

    PatternBlock(List<CameoVerbs.Pattern> patterns, PatternFilter filter) {
        List<CameoVerbs.Pattern> sorted = new ArrayList<>(patterns);
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        this.patterns = List.copyOf(sorted);
        this.sizes = new int[sorted.size()];
        this.needsEnd = new int[sorted.size()];
        int[][] ids = new int[sorted.size()][];
        int total = 0;
        for (int p = 0; p < sorted.size(); p++) {
            ids[p] = filter.ids(sorted.get(p).needs());
            sizes[p] = sorted.get(p).size();
            total += ids[p].length;
            needsEnd[p] = total;
        }
        this.needs = new int[total];
        for (int p = 0; p < sorted.size(); p++) {
            System.arraycopy(ids[p], 0, needs, needsEnd[p] - ids[p].length, ids[p].length);
        }
    }

    /** The patterns, most words first. */
    List<CameoVerbs.Pattern> patterns() {
        return patterns;
    }

    /** The number of words of the largest pattern, -1 when there is none. */
    int largest() {
        return sizes.length == 0 ? -1 : sizes[0];
    }

    /**
     * The first pattern from {@code from} on with more than {@code words} words that can match after a verb with the
     * items {@code present} ({@link PatternFilter#after}), or -1 when none can.
     */
    int next(int from, int words, long[] present) {
        for (int p = from; p < sizes.length && sizes[p] > words; p++) {
            if (possible(p, present)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Whether pattern {@code p} can match after a verb with the items {@code present} ({@link PatternFilter#after}).
     */
    boolean possible(int p, long[] present) {
        for (int i = p == 0 ? 0 : needsEnd[p - 1]; i < needsEnd[p]; i++) {
            int id = needs[i];
            if ((present[id >>> 6] & 1L << id) == 0) {
                return false;
            }
        }
        return true;
    }
}
