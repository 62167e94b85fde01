package io.dateline.enrich.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * International organisations and militarized non-state groups named in a sentence → the code and sector event data
 * give them: IGO or NGO for organisations without a country ({@code international-actors.tsv}, from the PETRARCH2
 * international actors dictionary: "Amnesty International", "Red Cross", "UNHCR"), the group's country and sector or
 * IMG for a group of no one country ({@code nonstate-actors.tsv}, from its militarized non-state actors dictionary:
 * "Shining Path" PER REB, "al-Qaeda" IMG), and institutions, forces and groups of one country
 * ({@code country-actors.tsv}, from its country actors dictionary: "Free Syrian Army" SYR REB, "Peshmerga" IRQ MIL).
 * A name matches case-insensitively when its first word is capitalised in the
 * text (or is the article "al-"); a one-word name only as an acronym written in capitals. Immutable and thread-safe.
 */
final class Internationals {

    /** A name found at tokens {@code [first, last]}: its code (IGO, NGO, IMG or a country) and sector. */
    record Hit(int first, int last, String code, String sector) {
    }

    private record Name(String[] words, String code, String sector) {
    }

    /** The names by their lower-case words, a node a word; a node's name is the first read with just its words. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private Name name;
    }

    private static final Internationals STANDARD = load();

    private final Node root;

    private Internationals(Node root) {
        this.root = root;
    }

    static Internationals standard() {
        return STANDARD;
    }

    private static Internationals load() {
        Node root = new Node();
        read("international-actors.tsv", root);
        read("nonstate-actors.tsv", root);
        read("country-actors.tsv", root);
        return new Internationals(root);
    }

    /** Rows of code and name (the sector is the code), or of country, sector and name. */
    private static void read(String file, Node root) {
        for (String[] cols : EventTables.rows(file)) {
            String[] words = VerbLexicon.tokens(cols[cols.length - 1]);
            Node node = root;
            for (String word : words) {
                node = node.next.computeIfAbsent(word, k -> new Node());
            }
            if (node != root && node.name == null) {
                node.name = new Name(words, cols[0], cols.length > 2 ? cols[1] : cols[0]);
            }
        }
    }

    /** The longest name starting at token {@code at}, or null; {@code texts} as written, {@code lower} lower-cased. */
    Hit match(List<String> texts, List<String> lower, int at) {
        String first = texts.get(at);
        boolean article = first.equals("al") && at + 1 < lower.size() && lower.get(at + 1).equals("-");
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) && !article) {
            return null;                        // most tokens: no lookup
        }
        Node node = root.next.get(lower.get(at));
        if (node == null) {
            return null;
        }
        boolean acronym = first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
        Hit best = null;
        for (int i = at; node != null; i++) {
            Name name = node.name;
            if (name != null && (name.words().length > 1 || acronym)) {
                best = new Hit(at, i, name.code(), name.sector());
            }
            node = i + 1 < lower.size() ? node.next.get(lower.get(i + 1)) : null;
        }
        return best;
    }
}
