package io.dateline.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names with their values → the names a word can be, ignoring case, or be one letter longer or shorter than, its first
 * letter kept: names as long as the word, one letter shorter and one letter longer that start with the word's first
 * letter (compared as {@link String#equalsIgnoreCase} folds it). A pre-selection that only leaves out names that
 * cannot be that near, so a word is compared with a few names and not all of them. Filled once, then only read.
 */
final class NearNames<V> {

    private final Map<Long, List<Map.Entry<String, V>>> byFirst = new HashMap<>();

    /** Adds a name of two letters or more. */
    void add(String name, V value) {
        if (name.length() < 2) {
            throw new IllegalArgumentException("Name too short: " + name);
        }
        byFirst.computeIfAbsent(key(name.length(), name.charAt(0)), k -> new ArrayList<>())
                .add(Map.entry(name, value));
    }

    /**
     * Every name that can equal {@code word} ignoring case (same length) or be it with one letter added or taken away
     * after the first, each once; names one letter shorter first, then as long, then one letter longer. {@code word}
     * has two letters or more.
     */
    List<Map.Entry<String, V>> candidates(String word) {
        char first = word.charAt(0);
        List<Map.Entry<String, V>> out = new ArrayList<>();
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            out.addAll(byFirst.getOrDefault(key(length, first), List.of()));
        }
        return out;
    }

    private static long key(int length, char first) {
        return (long) length << 32 | Character.toLowerCase(Character.toUpperCase(first));
    }
}
