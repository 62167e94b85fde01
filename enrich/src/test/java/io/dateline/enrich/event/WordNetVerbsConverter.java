package io.dateline.enrich.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Not a test: the tool that derives {@code wordnet-verbs.tsv} from WordNet 3.1 (through extJWNL, a test dependency)
 * and the CAMEO verbs of {@code cameo-verbs.tsv}, run by hand when either changes (from {@code enrich/}):
 * <pre>../mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) io.dateline.enrich.event.WordNetVerbsConverter \
 *     src/main/resources/io/dateline/enrich/event</pre>
 * A one-word verb of WordNet that neither the CAMEO dictionary nor {@code verbs.tsv} knows joins the block of the
 * CAMEO verb that shares its most frequent sense (WordNet's first synset; the synset's words in WordNet's order), with
 * that verb's code, when that sense is the CAMEO verb's most frequent one too: "excoriate" is "condemn", "waylay"
 * "ambush". Left out: a verb whose first sense has no such CAMEO verb; one whose CAMEO synonym codes nothing, neither
 * itself nor through its block's patterns; and a word WordNet's sense-tagged texts use as a noun at least as often as
 * as a verb ("action", "border", "limit", "police"), whose verb reading would code the noun. Irregular forms come
 * from WordNet's exception list.
 */
public final class WordNetVerbsConverter {

    private record Known(String block, String cameo) {
    }

    private static final String HEADER = """
            # Derived for Dateline by io.dateline.enrich.event.WordNetVerbsConverter (enrich/src/test) from WordNet 3.1
            # (Princeton University, wordnet.princeton.edu, through extJWNL's data package) and cameo-verbs.tsv: a verb
            # the CAMEO dictionary lacks, in the block of the CAMEO verb that shares its most frequent sense.
            #
            # WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy, modify
            # and distribute this software and database and its documentation for any purpose and without fee or
            # royalty is hereby granted, provided that you agree to comply with the following copyright notice and
            # statements, including the disclaimer, and that the same appear on ALL copies of the software, database
            # and documentation, including modifications that you make for internal use or for distribution.
            # THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
            # WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
            # REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF
            # THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
            # TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising
            # or publicity pertaining to distribution of the software and/or database. Title to copyright in this
            # software, database and any associated documentation shall at all times remain with Princeton University
            # and LICENSEE agrees to preserve same.
            #
            # Rows as the v rows of cameo-verbs.tsv: v <tab> block <tab> verb <tab> code or - <tab> irregular forms (|)
            # or - <tab> the CAMEO verb of the shared sense (read by no one: for review).
            """;

    private WordNetVerbsConverter() {
    }

    public static void main(String[] args) throws IOException, JWNLException {
        Path dir = Path.of(args[0]);
        String table = table(dir);
        Files.writeString(dir.resolve("wordnet-verbs.tsv"), table, StandardCharsets.UTF_8);
        System.out.println(table.lines().filter(line -> line.startsWith("v\t")).count() + " verbs");
    }

    /** The text of {@code wordnet-verbs.tsv} for the {@code cameo-verbs.tsv} and {@code verbs.tsv} in {@code dir}. */
    static String table(Path dir) throws IOException, JWNLException {
        List<String> dictionary = Files.readAllLines(dir.resolve("cameo-verbs.tsv"), StandardCharsets.UTF_8);
        Map<String, Known> cameo = cameoVerbs(dictionary);
        Set<String> lemmas = cameoLemmas(dictionary);
        Set<String> hand = handVerbs(dir.resolve("verbs.tsv"));
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Map<String, List<String>> irregular = irregularForms(wordnet);
        Map<String, String> rows = new TreeMap<>();
        Iterator<IndexWord> words = wordnet.getIndexWordIterator(POS.VERB);
        while (words.hasNext()) {
            IndexWord word = words.next();
            String lemma = word.getLemma();
            if (!lemma.matches("[a-z]{3,}") || lemmas.contains(lemma) || hand.contains(lemma)
                    || word.getSenses().isEmpty()) {
                continue;
            }
            int asNoun = uses(wordnet, POS.NOUN, lemma);
            if (asNoun > 0 && uses(wordnet, POS.VERB, lemma) <= asNoun) {
                continue;   // "action", "border", "limit": a noun at least as often
            }
            Synset first = word.getSenses().get(0);
            String synonym = synonym(wordnet, first, lemma, cameo);
            if (synonym == null) {
                continue;
            }
            Known known = cameo.get(synonym);
            List<String> forms = irregular.getOrDefault(lemma, List.of());
            rows.put(lemma, String.join("\t", "v", known.block(), lemma, known.cameo(),
                    forms.isEmpty() ? "-" : String.join("|", forms), synonym));
        }
        StringBuilder table = new StringBuilder(HEADER);
        rows.values().forEach(row -> table.append(row).append('\n'));
        return table.toString();
    }

    /**
     * The first word of the synset that is a CAMEO verb which codes (itself or through its block's patterns) and whose
     * own most frequent sense the synset is too; null if none.
     */
    private static String synonym(Dictionary wordnet, Synset synset, String lemma, Map<String, Known> cameo)
            throws JWNLException {
        for (Word other : synset.getWords()) {
            if (!other.getLemma().equals(lemma) && cameo.containsKey(other.getLemma())
                    && firstSense(wordnet, other.getLemma()).equals(synset)) {
                return other.getLemma();
            }
        }
        return null;
    }

    /** How often the lemma was tagged in WordNet's sense-tagged texts with any sense of the part of speech. */
    private static int uses(Dictionary wordnet, POS pos, String lemma) throws JWNLException {
        IndexWord word = wordnet.getIndexWord(pos, lemma);
        int uses = 0;
        if (word != null) {
            for (Synset sense : word.getSenses()) {
                for (Word member : sense.getWords()) {
                    if (member.getLemma().equals(lemma)) {
                        uses += member.getUseCount();
                    }
                }
            }
        }
        return uses;
    }

    private static Synset firstSense(Dictionary wordnet, String lemma) throws JWNLException {
        return wordnet.getIndexWord(POS.VERB, lemma).getSenses().get(0);
    }

    /** Every verb of the CAMEO dictionary, of one word or more. */
    private static Set<String> cameoLemmas(List<String> dictionary) {
        Set<String> lemmas = new HashSet<>();
        for (String line : dictionary) {
            String[] cols = line.split("\t");
            if (cols[0].equals("v")) {
                lemmas.add(cols[2]);
            }
        }
        return lemmas;
    }

    /**
     * One-word CAMEO verbs → their block and code; a verb that codes nothing of its own and whose block has no
     * patterns is left out.
     */
    private static Map<String, Known> cameoVerbs(List<String> dictionary) {
        Map<String, Known> verbs = new LinkedHashMap<>();
        Set<String> blocksWithPatterns = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : dictionary) {
            String[] cols = line.split("\t");
            if (cols[0].equals("p")) {
                blocksWithPatterns.add(cols[1]);
            } else if (cols[0].equals("v") && !cols[2].contains(" ")) {
                rows.add(cols);
            }
        }
        for (String[] cols : rows) {
            if (!cols[3].equals("-") || blocksWithPatterns.contains(cols[1])) {
                verbs.putIfAbsent(cols[2], new Known(cols[1], cols[3]));
            }
        }
        return verbs;
    }

    /** The first words of the hand-written phrases: a verb {@code verbs.tsv} reads gets no second reading. */
    private static Set<String> handVerbs(Path file) throws IOException {
        Set<String> verbs = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                verbs.add(line.split("\t")[0].split(" ")[0]);
            }
        }
        return verbs;
    }

    /** WordNet's irregular verb forms, by lemma ("assail" has none, "forsake" has "forsook", "forsaken"). */
    static Map<String, List<String>> irregularForms(Dictionary wordnet) throws JWNLException {
        Map<String, List<String>> forms = new TreeMap<>();
        Iterator<Exc> exceptions = wordnet.getExceptionIterator(POS.VERB);
        while (exceptions.hasNext()) {
            Exc exc = exceptions.next();
            for (String lemma : exc.getExceptions()) {
                forms.computeIfAbsent(lemma, k -> new ArrayList<>()).add(exc.getLemma());
            }
        }
        return forms;
    }
}
