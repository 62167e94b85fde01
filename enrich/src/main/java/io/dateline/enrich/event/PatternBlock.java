package io.dateline.enrich.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The patterns of one block of the CAMEO dictionary, most words first → which of them can match after a verb: a
 * pattern needs all its literal words among the tokens after the verb (a token stands for itself and, ending in -s or
 * -es, for its singular). One pass over those tokens, each looked up once (no copies, the tokens' hashes are cached),
 * marks the literals present; a pattern is then a few bit tests. Immutable and thread-safe.
 */
final class PatternBlock {

    static final PatternBlock EMPTY = new PatternBlock(List.of());

    private final List<CameoVerbs.Pattern> patterns;
    /** Per pattern: the ids of its literals. */
    private final int[][] needs;
    /** A token → the ids of the literals it stands for (itself; the word without its -s or -es). */
    private final Map<String, int[]> literalsOf;
    private final int literalCount;

    PatternBlock(List<CameoVerbs.Pattern> patterns) {
        List<CameoVerbs.Pattern> sorted = new ArrayList<>(patterns);
        sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
        this.patterns = List.copyOf(sorted);
        Map<String, Integer> ids = new HashMap<>();
        this.needs = new int[sorted.size()][];
        for (int p = 0; p < sorted.size(); p++) {
            String[] literals = sorted.get(p).literals();
            needs[p] = new int[literals.length];
            for (int i = 0; i < literals.length; i++) {
                needs[p][i] = ids.computeIfAbsent(literals[i], k -> ids.size());
            }
        }
        Map<String, TreeSet<Integer>> forms = new HashMap<>();
        ids.forEach((literal, id) -> {
            for (String form : List.of(literal, literal + "s", literal + "es")) {
                forms.computeIfAbsent(form, k -> new TreeSet<>()).add(id);
            }
        });
        Map<String, int[]> literalsOf = new HashMap<>();
        forms.forEach((form, set) -> literalsOf.put(form, set.stream().mapToInt(Integer::intValue).toArray()));
        this.literalsOf = literalsOf;
        this.literalCount = ids.size();
    }

    /** The patterns, most words first. */
    List<CameoVerbs.Pattern> patterns() {
        return patterns;
    }

    /** The literals of this block present among {@code tokens} after {@code at}, for {@link #possible}. */
    long[] literalsAfter(List<String> tokens, int at) {
        long[] present = new long[(literalCount + 63) >>> 6];
        for (int i = at + 1; i < tokens.size(); i++) {
            int[] literals = literalsOf.get(tokens.get(i));
            if (literals != null) {
                for (int id : literals) {
                    present[id >>> 6] |= 1L << id;
                }
            }
        }
        return present;
    }

    /** Whether every literal of pattern {@code p} is {@code present}. */
    boolean possible(int p, long[] present) {
        for (int id : needs[p]) {
            if ((present[id >>> 6] & 1L << id) == 0) {
                return false;
            }
        }
        return true;
    }
}
