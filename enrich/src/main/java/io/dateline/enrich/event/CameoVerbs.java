package io.dateline.enrich.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO verb dictionary derived from PETRARCH2 ({@code cameo-verbs.tsv}, see {@code CameoVerbsConverter}) →
 * the CAMEO code of a verb at a token: each verb form (lemma, -s, -ed, -ing and the listed irregular forms) belongs to
 * a block of synonyms; the block's pattern with the most words that matches the words after the verb (in order, a
 * few words apart, within the clause; among equals, one written for this verb before one written for a synonym) gives
 * the code, else the verb's own code, else none. The bare and -s forms
 * right after a determiner, possessive or preposition are read as nouns and skipped. Immutable and thread-safe.
 */
final class CameoVerbs {

    /**
     * A verb form of a block: its lower-case words, the verb's default code (null: only its patterns code) and the
     * block's patterns (null until the whole dictionary is read).
     */
    private record Verb(String lemma, String[] words, String block, String cameo, boolean inflectedOnly,
                        PatternBlock patterns) {

        Verb in(Map<String, PatternBlock> blocks) {
            return new Verb(lemma, words, block, cameo, inflectedOnly, blocks.getOrDefault(block,
                    PatternBlock.EMPTY));
        }
    }

    /**
     * A pattern: elements in order, each a sequence of items (a word or a synonym set {@code &NAME}); its distinct
     * items, which must all occur after the verb for it to match — a cheap test that spares most patterns the scan;
     * the verb of the block it was written for (null: not said); the elements that must come right before the verb, in
     * the subject ({@code - &MILITARY * (INTO)}: "troops crossed into"), none when empty.
     */
    record Pattern(String[][] elements, String cameo, int size, String[] needs, String author, String[][] before) {
    }

    /** A match: the code, the tokens it spans, whether a pattern (and not the bare verb) gave the code. */
    /** {@code borrowed}: the pattern was written for another verb of the block ("lead attack" read for "conduct"). */
    record Hit(String cameo, int first, int last, int verbLast, boolean pattern, boolean bare, boolean borrowed) {
    }

    private static final int GAP = 5;
    private static final Set<String> NOUN_BEFORE = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "these", "those", "s", "of", "for", "in", "on", "with", "after", "against", "at", "by", "from",
            "into", "over", "new", "any", "no", "such", "every", "each", "further", "more", "recent", "military",
            "armed", "air", "two", "three", "several", "many");
    /**
     * Prepositions and particles: as the first element of a pattern they go with the verb, next to it (a time
     * adverbial may come between: {@link Words#afterTime}).
     */
    private static final Set<String> PARTICLES = Set.of("to", "for", "with", "on", "off", "back", "up", "down",
            "out", "in", "into", "at", "by", "from", "of", "over", "against", "about", "away", "forward", "through");
    private static final Set<String> STOPS = stops();

    private final Map<String, List<Verb>> byFirstWord;
    /** Synonym set → a token → the members that can start at it ({@link #candidates}). */
    private final Map<String, Map<String, List<String[]>>> sets;
    private final PatternFilter filter;
    /** The -ing forms of the verbs with a code of their own: a verb that codes, where a pattern's gap ends. */
    private final Set<String> codingGerunds;

    private CameoVerbs(Map<String, List<Verb>> byFirstWord, Map<String, List<Pattern>> patterns,
                       Map<String, List<String[]>> sets) {
        Map<String, Map<String, List<String[]>>> index = new HashMap<>();
        sets.forEach((name, members) -> index.put(name, candidates(members)));
        this.sets = index;
        List<String> items = new ArrayList<>();
        patterns.values().forEach(list -> list.forEach(pattern -> items.addAll(List.of(pattern.needs()))));
        this.filter = new PatternFilter(items, index);
        Map<String, PatternBlock> blocks = new HashMap<>();
        patterns.forEach((block, list) -> blocks.put(block, new PatternBlock(list, filter)));
        Map<String, List<Verb>> verbs = new HashMap<>();
        byFirstWord.forEach((word, list) -> verbs.put(word, list.stream().map(verb -> verb.in(blocks)).toList()));
        this.byFirstWord = verbs;
        Set<String> gerunds = new HashSet<>();
        verbs.forEach((word, list) -> {
            if (word.endsWith("ing") && list.stream().anyMatch(v -> v.cameo() != null && v.words().length == 1)) {
                gerunds.add(word);
            }
        });
        this.codingGerunds = Set.copyOf(gerunds);
    }

    /**
     * A set's members by the tokens they can start at: a token, or its singular (without -s, or -es), is the first word
     * of the member; members by the token itself first, then by the token without -s, then without -es.
     */
    private static Map<String, List<String[]>> candidates(List<String[]> members) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String[] member : members) {
            if (member.length > 0) {
                byFirst.computeIfAbsent(member[0], k -> new ArrayList<>()).add(member);
            }
        }
        Map<String, List<String[]>> byToken = new HashMap<>();
        for (String first : byFirst.keySet()) {
            for (String token : List.of(first, first + "s", first + "es")) {
                List<String[]> all = new ArrayList<>(byFirst.getOrDefault(token, List.of()));
                if (token.endsWith("s")) {
                    all.addAll(byFirst.getOrDefault(token.substring(0, token.length() - 1), List.of()));
                }
                if (token.endsWith("es")) {
                    all.addAll(byFirst.getOrDefault(token.substring(0, token.length() - 2), List.of()));
                }
                byToken.put(token, List.copyOf(all));
            }
        }
        return byToken;
    }

    /** Where a pattern's gap ends: punctuation, relative words, reporting verbs and the coder's clause openers. */
    private static Set<String> stops() {
        Set<String> stops = new HashSet<>(Set.of(";", ":", ".", ",", "\"", "(", ")", "that", "which", "who", "but",
                "whereas", "said", "says"));
        stops.addAll(Words.SUBORDINATORS);
        return Set.copyOf(stops);
    }

    /** {@code cameo-verbs.tsv}, then the verbs {@code wordnet-verbs.tsv} adds to its blocks. */
    static CameoVerbs standard() {
        try (InputStream cameo = resource("cameo-verbs.tsv"); InputStream wordnet = resource("wordnet-verbs.tsv")) {
            return read(new BufferedReader(new InputStreamReader(new SequenceInputStream(cameo, wordnet),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CameoVerbs.class.getResourceAsStream("/io/dateline/enrich/event/" + name);
        if (in == null) {
            throw new IllegalStateException(name + " missing from the classpath");
        }
        return in;
    }

    static CameoVerbs read(BufferedReader reader) throws IOException {
        Map<String, List<Verb>> verbs = new HashMap<>();
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, List<String[]>> sets = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            switch (cols[0]) {
                case "s" -> {
                    List<String[]> members = new ArrayList<>();
                    for (String member : cols[2].split("\\|")) {
                        members.add(VerbLexicon.tokens(member));
                    }
                    sets.put(cols[1], members);
                }
                case "v" -> addVerb(verbs, cols);
                case "p" -> {
                    String[][] elements = elements(cols[3]);
                    String[][] before = elements(cols.length > 5 ? cols[5] : "-");
                    int size = 0;
                    Set<String> needs = new LinkedHashSet<>();
                    for (String[] element : elements) {
                        size += element.length;
                        needs.addAll(List.of(element));
                    }
                    for (String[] element : before) {
                        size += element.length;
                    }
                    String author = cols.length > 4 && !cols[4].equals("-") ? cols[4] : null;
                    patterns.computeIfAbsent(cols[1], k -> new ArrayList<>()).add(new Pattern(elements, cols[2],
                            size, needs.toArray(new String[0]), author, before));
                }
                default -> throw new IllegalArgumentException("Unknown row kind: " + line);
            }
        }
        return new CameoVerbs(verbs, patterns, sets);
    }

    private static void addVerb(Map<String, List<Verb>> verbs, String[] cols) {
        String block = cols[1];
        String[] lemma = VerbLexicon.tokens(cols[2]);
        String cameo = cols[3].equals("-") ? null : cols[3];
        List<String> irregular = cols[4].equals("-") ? List.of() : List.of(cols[4].split("\\|"));
        for (String form : VerbLexicon.forms(lemma[0], true)) {
            boolean inflected = form.endsWith("ed") || form.endsWith("ing");
            add(verbs, cols[2], withFirst(lemma, form), block, cameo, inflected);
        }
        for (String form : irregular) {
            String[] words = VerbLexicon.tokens(form);
            add(verbs, cols[2], words, block, cameo, !words[0].endsWith("s"));
        }
    }

    /** A pattern's column of elements ({@code "in ~ air ~ attack"}, "-" for none) → each element's items. */
    private static String[][] elements(String column) {
        if (column.equals("-")) {
            return new String[0][];
        }
        String[] parts = column.split(" ~ ");
        String[][] elements = new String[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            elements[i] = items(parts[i]);
        }
        return elements;
    }

    private static String[] items(String element) {
        List<String> items = new ArrayList<>();
        for (String word : element.split(" ")) {
            if (word.startsWith("&")) {
                items.add(word);
            } else {
                items.addAll(List.of(VerbLexicon.tokens(word)));
            }
        }
        return items.toArray(new String[0]);
    }

    private static String[] withFirst(String[] lemma, String first) {
        String[] words = lemma.clone();
        words[0] = first;
        return words;
    }

    private static void add(Map<String, List<Verb>> verbs, String lemma, String[] words, String block, String cameo,
                            boolean inflected) {
        verbs.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Verb(lemma, words, block, cameo, inflected,
                null));
    }

    /** The code of the verb at {@code tokens[at]} (lower-cased texts), or null. */
    Hit match(List<String> tokens, int at, boolean afterModifier) {
        List<Verb> candidates = byFirstWord.get(tokens.get(at));
        if (candidates == null) {
            return null;
        }
        Hit best = null;
        int bestSize = -1;
        long[] ahead = null;
        boolean nounPosition = afterModifier || at > 0 && NOUN_BEFORE.contains(tokens.get(at - 1));
        boolean progressive = at > 0 && tokens.get(at).endsWith("ing") && Words.BE.contains(tokens.get(at - 1));
        for (Verb verb : candidates) {
            if (nounPosition && !verb.inflectedOnly()) {
                continue;
            }
            int verbLast = matchWords(verb.words(), tokens, at);
            if (verbLast < 0) {
                continue;
            }
            PatternBlock block = verb.patterns();
            if (block.largest() > bestSize && ahead == null) {
                ahead = filter.after(tokens, at);
            }
            for (int p = block.next(0, bestSize, ahead); p >= 0; p = block.next(p + 1, bestSize, ahead)) {
                Pattern pattern = block.patterns().get(p);
                if (progressive && pattern.cameo().equals(VerbLexicon.NONE) && pattern.author() != null
                        && !verb.lemma().equals(pattern.author())) {
                    continue;   // "the worst clashes since 1990" is no event; "have been fighting since May" is
                }
                int last = matchPattern(pattern, tokens, at, verbLast);
                if (last >= 0) {
                    best = verb.lemma().equals(pattern.author()) ? new Hit(pattern.cameo(), at, last, verbLast, true,
                            !verb.inflectedOnly(), false) : bestOfSize(verb, block, p, last, tokens, at, verbLast,
                            ahead);
                    bestSize = pattern.size();
                    break;
                }
            }
            if (best == null && verb.cameo() != null) {
                best = new Hit(verb.cameo(), at, verbLast, verbLast, false, !verb.inflectedOnly(), false);
                bestSize = 0;
            }
        }
        return best;
    }

    /**
     * Of the patterns from {@code p} on with as many words as the one that matched there (ending at {@code last}), the
     * first that was written for this very verb and matches, else the one whose words end nearest the verb: in a block
     * of synonyms the pattern a verb's own lexicographer wrote wins over one of a synonym's ("deployed troops"
     * mobilises, 154; "sent troops" cooperates militarily, 062), and of a synonym's the verb's nearest object decides
     * ("demolished the homes of three militants" destroys property, not the "disarm ... militant" of 082); of two
     * ending at the same word, the one that names it as written outranks one that reads it as a plural ("stepped up
     * its attacks" is the "attacks" of 190, not the "attack" of 138).
     */
    private Hit bestOfSize(Verb verb, PatternBlock block, int p, int last, List<String> tokens, int at, int verbLast,
                           long[] ahead) {
        Pattern nearest = block.patterns().get(p);
        int nearestLast = last;
        int size = nearest.size();
        for (int q = block.next(p + 1, size - 1, ahead); q >= 0; q = block.next(q + 1, size - 1, ahead)) {
            Pattern other = block.patterns().get(q);
            if (other.size() != size) {
                break;
            }
            int end = matchPattern(other, tokens, at, verbLast);
            if (end < 0) {
                continue;
            }
            if (verb.lemma().equals(other.author())) {
                return new Hit(other.cameo(), at, end, verbLast, true, !verb.inflectedOnly(), false);
            }
            if (end < nearestLast || end == nearestLast && endsAsWritten(other, tokens.get(end))
                    && !endsAsWritten(nearest, tokens.get(end))) {
                nearest = other;
                nearestLast = end;
            }
        }
        return new Hit(nearest.cameo(), at, nearestLast, verbLast, true, !verb.inflectedOnly(),
                nearest.author() != null && !nearest.author().equals(verb.lemma()));
    }

    /** Whether the pattern's last word, or a word its synonym set ends with, is {@code token} as written. */
    private boolean endsAsWritten(Pattern pattern, String token) {
        String[][] elements = pattern.elements();
        if (elements.length == 0) {
            return false;
        }
        String[] element = elements[elements.length - 1];
        String item = element[element.length - 1];
        return !item.startsWith("&") ? item.equals(token) : sets.getOrDefault(item, Map.of()).values().stream()
                .flatMap(List::stream).anyMatch(member -> member[member.length - 1].equals(token));
    }

    private static int matchWords(String[] words, List<String> tokens, int at) {
        for (int i = 0; i < words.length; i++) {
            if (at + i >= tokens.size() || !tokens.get(at + i).equals(words[i])) {
                return -1;
            }
        }
        return at + words.length - 1;
    }

    /** Whether a token only joins or ends a word: a hyphen, the word after it, a possessive's "'" and "s". */
    private static boolean joined(List<String> tokens, int at) {
        String token = tokens.get(at);
        String before = at > 0 ? tokens.get(at - 1) : "";
        return token.equals("-") || token.equals("'") || before.equals("-") || before.equals("'") && token.equals("s");
    }

    /**
     * Elements in order from {@code from}, each at most {@link #GAP} words after the previous (a leading particle
     * right after the verb); the last token. A pattern ending in a word that modifies an actor noun after it does not
     * match: in "attacked government forces" or "a government convoy" the object is the forces, not "government"
     * (attack + government = 111, criticise).
     */
    private int matchPattern(Pattern pattern, List<String> tokens, int at, int verbLast) {
        if (pattern.before().length > 0 && !matchBefore(pattern.before(), tokens, at)) {
            return -1;
        }
        if (pattern.elements().length == 0) {
            return verbLast;
        }
        int from = verbLast + 1;
        int t = from;
        int last = -1;
        for (String[] element : pattern.elements()) {
            int found = -1;
            boolean particle = t == from && element.length == 1 && PARTICLES.contains(element[0]);
            if (particle) {
                t = Words.afterTime(tokens, t);   // "decided on Friday to ban"
            }
            int words = 0;   // a gap counts words: "Japan's tight-fisted fiscal policy" is four
            for (int start = t; start < tokens.size() && words <= (particle ? 0 : GAP); start++) {
                if (start > t && (STOPS.contains(tokens.get(start - 1))
                        || codingGerunds.contains(tokens.get(start - 1)))) {
                    break;   // "began investigating allegations of war crimes": the gerund's event, not "begin war"
                }
                found = matchItems(element, 0, tokens, start);
                if (found >= 0) {
                    break;
                }
                words += joined(tokens, start) ? 0 : 1;
            }
            if (found < 0) {
                return -1;
            }
            last = found;
            t = found + 1;
        }
        boolean modifier = last + 1 < tokens.size() && !PARTICLES.contains(tokens.get(last))
                && (Agents.sector(tokens.get(last + 1)) != null || Agents.asset(tokens.get(last + 1)));
        return modifier ? -1 : last;
    }

    /**
     * Whether the elements before the verb at {@code at} come in order within the {@link #GAP} words before it, the
     * last right before it or one word off (an adverb, an auxiliary: "troops have crossed"), no stop between.
     */
    private boolean matchBefore(String[][] before, List<String> tokens, int at) {
        for (int start = at - 1; start >= Math.max(0, at - GAP - 1); start--) {
            if (STOPS.contains(tokens.get(start))) {
                return false;
            }
            int t = start;
            int end = -1;
            for (String[] element : before) {
                end = t < at ? matchItems(element, 0, tokens, t) : -1;
                if (end < 0) {
                    break;
                }
                t = end + 1;
            }
            if (end >= 0 && end < at && at - end <= 2) {
                return true;
            }
        }
        return false;
    }

    private int matchItems(String[] items, int i, List<String> tokens, int t) {
        if (i == items.length) {
            return t - 1;
        }
        if (t >= tokens.size()) {
            return -1;
        }
        String item = items[i];
        if (item.startsWith("&")) {
            Map<String, List<String[]>> set = sets.getOrDefault(item, Map.of());
            for (String[] member : set.getOrDefault(tokens.get(t), List.of())) {
                int end = matchLiteral(member, tokens, t);
                if (end >= 0) {
                    int rest = matchItems(items, i + 1, tokens, end + 1);
                    if (rest >= 0) {
                        return rest;
                    }
                }
            }
            return -1;
        }
        return wordMatches(item, tokens.get(t)) ? matchItems(items, i + 1, tokens, t + 1) : -1;
    }

    private static int matchLiteral(String[] words, List<String> tokens, int t) {
        for (int i = 0; i < words.length; i++) {
            if (t + i >= tokens.size() || !wordMatches(words[i], tokens.get(t + i))) {
                return -1;
            }
        }
        return t + words.length - 1;
    }

    /** The word itself or its plural. */
    private static boolean wordMatches(String word, String token) {
        if (token.equals(word)) {
            return true;
        }
        return token.length() > word.length() && token.startsWith(word)
                && (token.length() == word.length() + 1 && token.endsWith("s")
                || token.length() == word.length() + 2 && token.endsWith("es"));
    }
}
