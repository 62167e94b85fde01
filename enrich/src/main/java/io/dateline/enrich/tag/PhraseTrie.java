package io.dateline.enrich.tag;

import io.dateline.enrich.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases as token sequences → values, matched longest first. Matching is case-sensitive and walks one trie node per
 * token, so its cost does not grow with the number of phrases. In text written in capitals only, a token may also match
 * in title case or lower case ({@code SAUDI ARABIA} → {@code Saudi Arabia}, {@code BANK OF} → {@code Bank of}).
 * Filled once, then only read: safe to share between threads once built.
 */
final class PhraseTrie<V> {

    /** A phrase found: it covers tokens {@code [start, end)}. */
    record Hit<V>(int end, V value) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> children = new HashMap<>(4);
        private V value;
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds {@code phrase → value} unless the phrase is there; returns the value it already had, or null. */
    V putIfAbsent(List<String> phrase, V value) {
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("Empty phrase");
        }
        Node<V> node = root;
        for (String token : phrase) {
            node = node.children.computeIfAbsent(token, k -> new Node<>());
        }
        if (node.value != null) {
            return node.value;
        }
        node.value = value;
        size++;
        return null;
    }

    /** Sets {@code phrase → value}, replacing any value it had. */
    void put(List<String> phrase, V value) {
        Node<V> node = root;
        for (String token : phrase) {
            node = node.children.computeIfAbsent(token, k -> new Node<>());
        }
        if (node.value == null) {
            size++;
        }
        node.value = value;
    }

    /** The value of exactly this phrase, or null. */
    V get(List<String> phrase) {
        Node<V> node = root;
        for (String token : phrase) {
            node = node.children.get(token);
            if (node == null) {
                return null;
            }
        }
        return node.value;
    }

    int size() {
        return size;
    }

    /**
     * The longest phrase that starts at {@code tokens.get(start)} and stays inside that token's sentence, or null.
     *
     * @param foldCase also try each token in title case and lower case (for text in capitals)
     */
    Hit<V> longestAt(List<Token> tokens, int start, boolean foldCase) {
        return foldCase ? longestFolded(root, tokens, start, tokens.get(start).sentence(), null)
                : longestExact(tokens, start);
    }

    private Hit<V> longestExact(List<Token> tokens, int start) {
        int sentence = tokens.get(start).sentence();
        Node<V> node = root;
        Hit<V> best = null;
        for (int i = start; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            node = node.children.get(tokens.get(i).text());
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Hit<>(i + 1, node.value);
            }
        }
        return best;
    }

    private Hit<V> longestFolded(Node<V> node, List<Token> tokens, int i, int sentence, Hit<V> bestSoFar) {
        if (i >= tokens.size() || tokens.get(i).sentence() != sentence) {
            return bestSoFar;
        }
        Hit<V> best = bestSoFar;
        for (String variant : caseVariants(tokens.get(i))) {
            Node<V> child = node.children.get(variant);
            if (child == null) {
                continue;
            }
            Hit<V> here = child.value != null ? new Hit<>(i + 1, child.value) : best;
            Hit<V> deeper = longestFolded(child, tokens, i + 1, sentence, here);
            if (deeper != null && (best == null || deeper.end() > best.end())) {
                best = deeper;
            }
        }
        return best;
    }

    /** The token as written, in title case and in lower case, without repeats. */
    private static List<String> caseVariants(Token word) {
        String token = word.text();
        String lower = word.lower();
        if (lower.equals(token)) {
            return List.of(token);
        }
        String title = token.length() < 2 ? token : token.charAt(0) + token.substring(1).toLowerCase(Locale.ROOT);
        return title.equals(token) || title.equals(lower) ? List.of(token, lower) : List.of(token, title, lower);
    }
}
