package io.dateline.enrich.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The items CAMEO patterns need after their verb → which of them a sentence has after a verb, as bits. An item is a
 * literal word, there as itself or its plural (-s, -es), or a synonym set, there when a token is one a member can
 * start at. One pass over the tokens after the verb, one lookup each (no copies; the tokens' hashes are cached; a
 * sentence's {@link SentenceWords} keep them for its next verb), gives the items present; a pattern that needs an
 * absent item cannot match and is not scanned. Immutable and thread-safe.
 */
final class PatternFilter {

    private final Map<String, Integer> ids = new HashMap<>();
    /** A token → the items it stands for. */
    private final Map<String, int[]> itemsOf;

    /**
     * @param items       every item of every pattern: words, and set names starting with {@code &}
     * @param setsByToken a set's name → the tokens its members can start at
     */
    PatternFilter(Iterable<String> items, Map<String, ? extends Map<String, ?>> setsByToken) {
        Map<String, TreeSet<Integer>> forms = new HashMap<>();
        for (String item : items) {
            int id = ids.computeIfAbsent(item, k -> ids.size());
            Map<String, ?> set = setsByToken.get(item);
            List<String> tokens = !item.startsWith("&") ? List.of(item, item + "s", item + "es")
                    : set == null ? List.of() : List.copyOf(set.keySet());
            for (String token : tokens) {
                forms.computeIfAbsent(token, k -> new TreeSet<>()).add(id);
            }
        }
        Map<String, int[]> itemsOf = new HashMap<>();
        forms.forEach((token, set) -> itemsOf.put(token, set.stream().mapToInt(Integer::intValue).toArray()));
        this.itemsOf = itemsOf;
    }

    /** The ids of {@code items}, for {@link PatternBlock#possible}. */
    int[] ids(String[] items) {
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            Integer id = ids.get(items[i]);
            if (id == null) {
                throw new IllegalArgumentException("Not an item of the filter: " + items[i]);
            }
            out[i] = id;
        }
        return out;
    }

    /** The ids of the items {@code token} stands for, or null when none. */
    int[] items(String token) {
        return itemsOf.get(token);
    }

    /**
     * The items present among {@code tokens} after {@code at}; {@link SentenceWords} keep each word's items for the
     * next call.
     */
    long[] after(List<String> tokens, int at) {
        long[] present = new long[(ids.size() + 63) >>> 6];
        int[][] known = tokens instanceof SentenceWords sentence ? sentence.items(this) : null;
        for (int i = at + 1; i < tokens.size(); i++) {
            int[] items = known != null ? known[i] : itemsOf.get(tokens.get(i));
            if (items != null) {
                for (int id : items) {
                    present[id >>> 6] |= 1L << id;
                }
            }
        }
        return present;
    }
}
