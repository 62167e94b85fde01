package io.dateline.enrich.event;

import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The trigger phrases of {@code verbs.tsv} (phrase, CAMEO code, kind) with their inflected forms → the longest phrase
 * that starts at a token of a sentence. Matching is on lower-cased tokens; {@code ...} in a phrase skips up to six
 * tokens. Two kinds are no trigger on their own: a support verb ({@code s}, code {@code -}: "launched", "staged")
 * carries the event of the noun it takes as object, and an object noun ({@code o}: "a blockade", "sanctions") is
 * a trigger only as the object of a support verb ({@link #matchObject}). Immutable and thread-safe.
 */
public final class VerbLexicon {

    /** A trigger phrase: its lower-cased words ({@code null} for a gap), CAMEO code and whether it is a noun. */
    public record Phrase(String[] words, String cameo, boolean noun) {
    }

    /**
     * A phrase found at tokens {@code [first, last]} of a sentence's token list; its object is looked for after
     * {@code verbLast} (the verb itself when the phrase has a gap or a pattern after it); {@code derived}: it comes
     * from the CAMEO dictionary, not from the hand-written phrases; {@code bare}: its verb is a bare or -s form
     * (which can as well be a noun).
     */
    public record Hit(Phrase phrase, int first, int last, int verbLast, boolean derived, boolean bare) {

        /** "told Damascus to": a demand (CAMEO 100) from the verb at {@code first} to the "to" at {@code to}. */
        static Hit toldTo(int first, int to) {
            return new Hit(new Phrase(new String[] {"tell", null, "to"}, "100", false), first, to, first, false,
                    false);
        }

        /**
         * A hand-written reading of the one verb at {@code at} the lexicon has no code for: "troops left Kosovo" a
         * military withdrawal (087), "the Commonwealth suspended Pakistan" reduced relations (161).
         */
        static Hit verb(int at, String lemma, String cameo) {
            return new Hit(new Phrase(new String[] {lemma}, cameo, false), at, at, at, false, false);
        }

        /**
         * The same words and code read as a verb over {@code [first, last]}, its verb ending at {@code verbLast}: an
         * object or complement that gives the event of the verb that governs it ("held phone calls", "voted to
         * reject").
         */
        Hit asVerbOver(int first, int last, int verbLast) {
            return new Hit(new Phrase(phrase.words(), phrase.cameo(), false), first, last, verbLast, false, false);
        }

        /** The same words read with another code, or as a noun: a hand-written reading, no longer the dictionary's. */
        public Hit recoded(String cameo, boolean noun) {
            return new Hit(new Phrase(phrase.words(), cameo, noun), first, last, verbLast, false, bare);
        }

        /** Whether more than the verb matched (a pattern of the dictionary, a phrase of several words). */
        public boolean pattern() {
            return last > verbLast || phrase.words().length > 1;
        }
    }

    private static final int GAP = 8;
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("hold", new String[] {"held"}), Map.entry("meet", new String[] {"met"}),
            Map.entry("fight", new String[] {"fought"}), Map.entry("lend", new String[] {"lent"}),
            Map.entry("strike", new String[] {"struck"}), Map.entry("hit", new String[] {"hit"}),
            Map.entry("break", new String[] {"broke", "broken"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
            Map.entry("forgive", new String[] {"forgave", "forgiven"}), Map.entry("go", new String[] {"went", "gone"}),
            Map.entry("cut", new String[] {"cut"}), Map.entry("shell", new String[] {"shelled"}),
            Map.entry("step", new String[] {"stepped"}), Map.entry("pull", new String[] {"pulled"}),
            Map.entry("begin", new String[] {"began", "begun"}), Map.entry("make", new String[] {"made"}),
            Map.entry("send", new String[] {"sent"}), Map.entry("undertake", new String[] {"undertook", "undertaken"}),
            Map.entry("speed", new String[] {"sped"}), Map.entry("put", new String[] {"put"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}), Map.entry("lay", new String[] {"laid"}),
            Map.entry("retake", new String[] {"retook", "retaken"}),
            Map.entry("sink", new String[] {"sank", "sunk", "sunken"}),
            Map.entry("beat", new String[] {"beat", "beaten"}), Map.entry("give", new String[] {"gave", "given"}),
            Map.entry("freeze", new String[] {"froze", "frozen"}), Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("drive", new String[] {"drove", "driven"}), Map.entry("pay", new String[] {"paid"}),
            Map.entry("blow", new String[] {"blew", "blown"}),
            Map.entry("sit", new String[] {"sat"}), Map.entry("let", new String[] {"let"}),
            Map.entry("set", new String[] {"set"}), Map.entry("bring", new String[] {"brought"}),
            Map.entry("find", new String[] {"found"}), Map.entry("keep", new String[] {"kept"}),
            Map.entry("seek", new String[] {"sought"}), Map.entry("plead", new String[] {"pled"}),
            Map.entry("burn", new String[] {"burnt"}));

    /** Words after which only a verb stands ({@link #matchHand}). */
    private static final Set<String> VERB_ONLY_AFTER = Set.of("will", "would", "could", "may", "might", "shall",
            "should", "must", "to", "not", "did", "cannot");

    /** The CAMEO code of a support verb, which has no event of its own. */
    public static final String SUPPORT = "-";
    /**
     * The code of a dictionary pattern that names no event ("killed in a training accident", "deter attacks"): it
     * overrules the verb and a hand phrase no longer than it, and its words code nothing.
     */
    public static final String NONE = "---";

    private final Map<String, List<Phrase>> byFirstWord;
    private final Map<String, List<Phrase>> objects;
    private final Map<String, List<Phrase>> bareVerbs;
    private final Set<String> lemmas;
    private final CameoVerbs cameo;

    private VerbLexicon(Map<String, List<Phrase>> byFirstWord, Map<String, List<Phrase>> objects,
                        Map<String, List<Phrase>> bareVerbs, Set<String> lemmas, CameoVerbs cameo) {
        this.byFirstWord = byFirstWord;
        this.objects = objects;
        this.bareVerbs = bareVerbs;
        this.lemmas = lemmas;
        this.cameo = cameo;
    }

    /** Whether a hand-written verb phrase starts with {@code word} as its bare lemma ("promise", not "promised"). */
    boolean lemma(String word) {
        return lemmas.contains(word);
    }

    /** The shipped lexicon. */
    public static VerbLexicon standard() {
        try (InputStream in = VerbLexicon.class.getResourceAsStream("/io/dateline/enrich/event/verbs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("verbs.tsv missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), CameoVerbs.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hand-written phrases of {@code reader} and, when not null, the derived CAMEO verbs. */
    static VerbLexicon read(BufferedReader reader, CameoVerbs cameo) throws IOException {
        Map<String, List<Phrase>> index = new HashMap<>();
        Map<String, List<Phrase>> objects = new HashMap<>();
        Map<String, List<Phrase>> bare = new HashMap<>();
        Set<String> lemmas = new HashSet<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String[] words = words(cols[0]);
            String kind = cols[2].strip();
            boolean noun = kind.equals("n") || kind.equals("o");
            if (kind.equals("v")) {
                lemmas.add(words[0]);
            }
            for (String form : forms(words, kind)) {
                String[] copy = words.clone();
                if (noun) {
                    copy[copy.length - 1] = form;
                } else {
                    copy[0] = form;
                }
                Phrase phrase = new Phrase(copy, cols[1].strip(), noun);
                (kind.equals("o") ? objects : index).computeIfAbsent(copy[0], k -> new ArrayList<>()).add(phrase);
            }
            if (kind.equals("vx") && Cameo.quad(cols[1].strip()) >= 3) {   // conflict: "will attack", "to raid"
                bare.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(words, cols[1].strip(), false));
            }
        }
        return new VerbLexicon(index, objects, bare, Set.copyOf(lemmas), cameo);
    }

    private static String[] words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.strip().split(" ")) {
            if (part.equals("...")) {
                out.add(null);
            } else {
                out.addAll(List.of(tokens(part)));
            }
        }
        return out.toArray(new String[0]);
    }

    /** The lower-cased tokens of a phrase, as the tokenizer splits text ("cease-fire" → cease, -, fire). */
    static String[] tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(phrase)) {
            out.add(token.lower());
        }
        return out.toArray(new String[0]);
    }

    /** Every form of each lemma ({@link #forms(String, boolean)}, the present included), and the extra words. */
    static Set<String> inflected(List<String> lemmas, String... extra) {
        Set<String> all = new HashSet<>(List.of(extra));
        lemmas.forEach(lemma -> all.addAll(forms(lemma, true)));
        return Set.copyOf(all);
    }

    /** A verb lemma's regular forms: itself, -s, -ed, -ing (with a doubled final consonant too). */
    static Set<String> forms(String lemma, boolean present) {
        Set<String> forms = new LinkedHashSet<>();
        if (present) {
            forms.add(lemma);
            forms.add(lemma.matches(".*(s|sh|ch|x|z|o)") ? lemma + "es" : lemma.matches(".*[^aeiou]y") ? lemma
                    .substring(0, lemma.length() - 1) + "ies" : lemma + "s");
        }
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        forms.add(lemma.matches(".*[^aeiou]y") ? stem.substring(0, stem.length() - 1) + "ied" : stem + "ed");
        forms.add(stem + "ing");
        forms.add(lemma + "ing");
        char last = lemma.charAt(lemma.length() - 1);
        if (lemma.length() > 2 && "bdgmnprt".indexOf(last) >= 0
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) >= 0
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 3)) < 0) {
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        return forms;
    }

    private static Set<String> forms(String[] words, String kind) {
        Set<String> forms = new LinkedHashSet<>();
        if (kind.equals("=")) {
            forms.add(words[0]);
            return forms;
        }
        if (kind.equals("n") || kind.equals("o")) {
            String noun = words[words.length - 1];
            forms.add(noun);
            forms.add(noun + "s");
            return forms;
        }
        String lemma = words[0];
        forms.addAll(forms(lemma, kind.equals("v") || kind.equals("s")));
        char last = lemma.charAt(lemma.length() - 1);
        if ("bdglmnprt".indexOf(last) >= 0) {   // "expelled", "patrolled": British doubling of -l too
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        for (String irregular : IRREGULAR.getOrDefault(lemma, new String[0])) {
            forms.add(irregular);
        }
        return forms;
    }

    /**
     * The trigger starting at {@code tokens[at]} (lower-cased texts), or null: the longest hand-written phrase, unless
     * a pattern of the CAMEO dictionary reaches further; the CAMEO verb's own code where no hand phrase matches.
     */
    public Hit match(List<String> tokens, int at) {
        return match(tokens, at, false);
    }

    /** As {@link #match(List, int)}; {@code afterModifier}: a demonym precedes, so a bare verb form is a noun. */
    public Hit match(List<String> tokens, int at, boolean afterModifier) {
        Hit hand = matchHand(tokens, at);
        String word = tokens.get(at);
        if (afterModifier && hand != null && !hand.phrase().noun() && !word.endsWith("ed") && !word.endsWith("ing")) {
            hand = null;                        // "Israeli jails", "Syrian attacks": nouns
        }
        CameoVerbs.Hit derived = cameo == null ? null : cameo.match(tokens, at, afterModifier);
        boolean veto = derived != null && derived.cameo().equals(NONE)
                && (hand == null || derived.last() >= hand.last());
        if (derived == null || !veto && hand != null && (!(derived.pattern() && derived.last() > hand.last())
                || derived.borrowed() && hand.phrase().cameo().equals(SUPPORT)
                && matchObject(tokens, derived.last()) != null)) {
            // (a support verb reads an object it knows itself where the pattern is another verb's: "conducted
            // repeated attacks" is no "led an attack", 113)
            return hand;
        }
        String[] words = tokens.subList(at, derived.verbLast() + 1).toArray(new String[0]);
        return new Hit(new Phrase(words, derived.cameo(), false), at, derived.last(), derived.verbLast(), true,
                derived.bare());
    }

    /**
     * The longest hand-written phrase starting at {@code tokens[at]}, or null; where only a verb can stand (after a
     * modal, "to", "not" or "did": "will attack", "to attack"), a bare form of conflict written as a verb for its -ed
     * and -ing forms only ("vx") is that verb, not the noun (of cooperation, "to offer", "to support", it is too
     * often business).
     */
    Hit matchHand(List<String> tokens, int at) {
        Hit hand = longest(byFirstWord.get(tokens.get(at)), tokens, at, null);
        if ((hand == null || hand.phrase().noun()) && at > 0 && VERB_ONLY_AFTER.contains(tokens.get(at - 1))) {
            Hit verb = longest(bareVerbs.get(tokens.get(at)), tokens, at, null);
            return verb != null && (hand == null || verb.last() >= hand.last()) ? verb : hand;
        }
        return hand;
    }

    /** As {@link #matchHand}, the object nouns included: what a verb's object can be. */
    Hit matchObject(List<String> tokens, int at) {
        Hit hand = matchHand(tokens, at);
        Hit object = longest(objects.get(tokens.get(at)), tokens, at, null);
        return object == null || hand != null && hand.last() > object.last() ? hand : object;
    }

    private static Hit longest(List<Phrase> candidates, List<String> tokens, int at, Hit best) {
        if (candidates == null) {
            return best;
        }
        for (Phrase phrase : candidates) {
            int last = matchRest(phrase.words(), 1, tokens, at + 1, at);
            if (last >= 0 && (best == null || phrase.words().length > best.phrase().words().length)) {
                boolean gap = java.util.Arrays.asList(phrase.words()).contains(null);
                best = new Hit(phrase, at, last, gap ? at : last, false, false);
            }
        }
        return best;
    }

    private static int matchRest(String[] words, int w, List<String> tokens, int t, int lastMatched) {
        if (w == words.length) {
            return lastMatched;
        }
        if (words[w] == null) {
            for (int skip = 0; skip <= GAP && t + skip < tokens.size(); skip++) {
                int last = matchRest(words, w + 1, tokens, t + skip, lastMatched);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        if (t < tokens.size() && tokens.get(t).equals(words[w])) {
            return matchRest(words, w + 1, tokens, t + 1, t);
        }
        return -1;
    }
}
