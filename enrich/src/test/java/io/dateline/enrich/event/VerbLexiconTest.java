package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class VerbLexiconTest {

    private final VerbLexicon lexicon = VerbLexicon.standard();

    @Test
    void shouldKnowEveryIrregularFormWordNetGivesForAHandWrittenVerb() throws IOException, JWNLException {
        // "Iran kept up its attacks", "sought guarantees": a hand-written verb's past tense is that verb too
        Map<String, List<String>> irregular = WordNetVerbsConverter.irregularForms(
                Dictionary.getDefaultResourceInstance());
        List<String> unknown = new ArrayList<>();
        for (String[] words : handVerbPhrases()) {
            for (String form : irregular.getOrDefault(words[0], List.of())) {
                List<String> tokens = new ArrayList<>(Arrays.stream(words).filter(Objects::nonNull).toList());
                tokens.set(0, form);
                if (lexicon.matchHand(tokens, 0) == null) {
                    unknown.add(String.join(" ", tokens));
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** The words of each verb phrase of {@code verbs.tsv} (a gap is null), object nouns and nouns left out. */
    private static List<String[]> handVerbPhrases() throws IOException {
        List<String[]> phrases = new ArrayList<>();
        try (InputStream in = VerbLexicon.class.getResourceAsStream("/io/dateline/enrich/event/verbs.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || !List.of("v", "vx", "s").contains(cols[2].strip())) {
                    continue;
                }
                phrases.add(Arrays.stream(cols[0].strip().split(" "))
                        .map(word -> word.equals("...") ? null : word).toArray(String[]::new));
            }
        }
        return phrases;
    }
}
