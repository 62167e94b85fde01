package io.dateline.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names with their values → the names a word can be, ignoring case, or be one letter longer or shorter than: a name
 * as long starts with the word's first letter, one a letter shorter with its first or second letter, one a letter
 * longer has the word's first letter first or second. A pre-selection that only leaves out names that cannot be that
 * near, so a word is compared with a few names and not all of them. Filled once, then only read.
 */
final class NearNames<V> {

    private final Map<Long, List<Map.Entry<String, V>>> byFirst = new HashMap<>();
    private final Map<Long, List<Map.Entry<String, V>>> bySecond = new HashMap<>();
    /** By the first letter as {@link String#equalsIgnoreCase} folds it. */
    private final Map<Long, List<Map.Entry<String, V>>> byFoldedFirst = new HashMap<>();
    /** For a word that starts with a surrogate, which {@code equalsIgnoreCase} reads as one code point. */
    private final Map<Long, List<Map.Entry<String, V>>> byLength = new HashMap<>();

    /** Adds a name of two letters or more. */
    void add(String name, V value) {
        if (name.length() < 2) {
            throw new IllegalArgumentException("Name too short: " + name);
        }
        Map.Entry<String, V> entry = Map.entry(name, value);
        int length = name.length();
        bucket(byFirst, key(length, lower(name.charAt(0)))).add(entry);
        bucket(bySecond, key(length, lower(name.charAt(1)))).add(entry);
        bucket(byFoldedFirst, key(length, folded(name.charAt(0)))).add(entry);
        bucket(byLength, key(length, 0)).add(entry);
    }

    /**
     * Every name that can equal {@code word} ignoring case (same length) or be it with one letter added or taken away,
     * when letters are compared in lower case ({@link Character#toLowerCase(char)}), each once; names one letter
     * shorter first, then as long, then one letter longer. {@code word} has two letters or more.
     */
    List<Map.Entry<String, V>> candidates(String word) {
        int length = word.length();
        char first = word.charAt(0);
        List<Map.Entry<String, V>> shorterByFirst = get(byFirst, key(length - 1, lower(first)));
        List<Map.Entry<String, V>> shorterBySecond = lower(word.charAt(1)) != lower(first)
                ? get(byFirst, key(length - 1, lower(word.charAt(1)))) : List.of();
        List<Map.Entry<String, V>> sameLength = Character.isSurrogate(first) ? get(byLength, key(length, 0))
                : get(byFoldedFirst, key(length, folded(first)));
        List<Map.Entry<String, V>> longerByFirst = get(byFirst, key(length + 1, lower(first)));
        List<Map.Entry<String, V>> longerBySecond = get(bySecond, key(length + 1, lower(first)));
        int size = shorterByFirst.size() + shorterBySecond.size() + sameLength.size() + longerByFirst.size()
                + longerBySecond.size();
        if (size == 0) {
            return List.of();
        }
        List<Map.Entry<String, V>> out = new ArrayList<>(size);
        out.addAll(shorterByFirst);
        out.addAll(shorterBySecond);
        out.addAll(sameLength);
        out.addAll(longerByFirst);
        for (Map.Entry<String, V> name : longerBySecond) {
            if (lower(name.getKey().charAt(0)) != lower(first)) {
                out.add(name);
            }
        }
        return out;
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static long key(int length, int c) {
        return (long) length << 32 | c;
    }

    private static <V> List<Map.Entry<String, V>> bucket(Map<Long, List<Map.Entry<String, V>>> map, long key) {
        return map.computeIfAbsent(key, k -> new ArrayList<>());
    }

    private static <V> List<Map.Entry<String, V>> get(Map<Long, List<Map.Entry<String, V>>> map, long key) {
        return map.getOrDefault(key, List.of());
    }
}
