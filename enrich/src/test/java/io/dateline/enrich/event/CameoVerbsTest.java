package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoVerbsTest {

    private static final String DICTIONARY = String.join("\n",
            "# a block of two synonyms, one without a code of its own",
            "s\t&WEAPON\tgun|heavy artillery",
            "v\tSTRIKE\tbombard\t195\t-",
            "v\tSTRIKE\tpound\t-\t-",
            "v\tSTRIKE\tsend\t-\tsent",
            "p\tSTRIKE\t190\t&WEAPON",
            "p\tSTRIKE\t0332\tto ~ &WEAPON",
            "p\tSTRIKE\t042\tto",
            "");

    private static CameoVerbs.Hit match(String sentence, int at) throws IOException {
        CameoVerbs verbs = CameoVerbs.read(new BufferedReader(new StringReader(DICTIONARY)));
        List<String> tokens = Arrays.asList(sentence.toLowerCase(Locale.ROOT).split(" "));
        return verbs.match(tokens, at, false);
    }

    @Test
    void shouldCodeAnInflectedVerbWithItsOwnCode() throws IOException {
        assertThat(match("Chad bombarded the town", 1)).satisfies(hit -> {
            assertThat(hit.cameo()).isEqualTo("195");
            assertThat(hit.pattern()).isFalse();
            assertThat(hit.bare()).isFalse();
        });
    }

    @Test
    void shouldCodeAVerbWithoutACodeOnlyThroughAPattern() throws IOException {
        assertThat(match("Chad pounded the town", 1)).isNull();
        assertThat(match("Chad pounded the town with heavy artillery", 1)).satisfies(hit -> {
            assertThat(hit.cameo()).isEqualTo("190");
            assertThat(hit.last()).isEqualTo(6);
        });
    }

    @Test
    void shouldPreferThePatternWithMoreWords() throws IOException {
        assertThat(match("Chad sent more guns to Niger", 1).cameo()).isEqualTo("190");
        assertThat(match("Chad sent to Niger a gun", 1).cameo()).isEqualTo("0332");
    }

    @Test
    void shouldKeepALeadingParticleNextToTheVerb() throws IOException {
        assertThat(match("Chad sent to Niger", 1).cameo()).isEqualTo("042");
        assertThat(match("Chad sent envoys to Niger", 1)).isNull();
    }

    @Test
    void shouldEndAPatternsGapAtAVerbThatCodesItself() throws IOException {
        assertThat(match("Chad pounded rebel positions with heavy artillery", 1).cameo()).isEqualTo("190");
        assertThat(match("Chad pounded bombarding positions with heavy artillery", 1))
                .as("the gap holds a verb of its own: 'bombarding', not 'pounded ... artillery'").isNull();
    }

    @Test
    void shouldReadABareFormAfterADeterminerAsANoun() throws IOException {
        assertThat(match("the pound fell", 1)).isNull();
        assertThat(match("they bombard it", 1).bare()).isTrue();
    }

    @Test
    void shouldAddTheWordNetVerbsToTheBlocksOfTheirCameoSynonyms() throws IOException {
        CameoVerbs standard = CameoVerbs.standard();
        List<String> tokens = List.of("rebels", "waylaid", "a", "convoy");
        assertThat(standard.match(tokens, 1, false).cameo()).as("WordNet's irregular form, 'ambush' in CAMEO")
                .isEqualTo("190");
        Set<String> blocks = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        rows("cameo-verbs.tsv").forEach(cols -> {
            blocks.add(cols[1]);
            verbs.add(cols[2]);
        });
        List<String[]> added = rows("wordnet-verbs.tsv");
        assertThat(added).hasSizeGreaterThan(300).allSatisfy(cols -> {
            assertThat(blocks).as(cols[2]).contains(cols[1]);
            assertThat(verbs).as(cols[2] + " is a CAMEO verb already").doesNotContain(cols[2]);
        });
    }

    @Test
    void shouldShipTheWordNetVerbsTheConverterDerivesFromTheTablesAsTheyAre() throws Exception {
        // WordNet comes with the test dependencies, so a change to cameo-verbs.tsv or verbs.tsv that is not followed
        // by a run of the converter fails here
        Path dir = Path.of("src/main/resources/io/dateline/enrich/event");
        assertThat(Files.readString(dir.resolve("wordnet-verbs.tsv"), StandardCharsets.UTF_8))
                .as("rerun WordNetVerbsConverter (enrich/src/main/resources/io/dateline/enrich/event/README.md)")
                .isEqualTo(WordNetVerbsConverter.table(dir));
    }

    /** The rows of a resource of the event coder, split at tabs, without comments. */
    private static List<String[]> rows(String name) throws IOException {
        try (var in = CameoVerbs.class.getResourceAsStream("/io/dateline/enrich/event/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
        }
    }
}
