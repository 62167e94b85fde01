package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternBlockTest {

    private static CameoVerbs.Pattern pattern(String cameo, String... literals) {
        return new CameoVerbs.Pattern(new String[][] {literals}, cameo, literals.length, literals);
    }

    private final PatternBlock block = new PatternBlock(List.of(
            pattern("042", "to"), pattern("190", "arm", "shipment"), pattern("195", "arms")));

    @Test
    void shouldOrderPatternsByTheirNumberOfWords() {
        assertThat(block.patterns()).extracting(CameoVerbs.Pattern::cameo).containsExactly("190", "042", "195");
    }

    @Test
    void shouldFindLiteralsOnlyAfterTheVerbAndAsThemselvesOrTheirPlural() {
        // given "sent arms shipments to Chad": "arms" is the literal arms and the plural of arm
        List<String> tokens = List.of("sent", "arms", "shipments", "to", "chad");

        // when / then
        long[] afterVerb = block.literalsAfter(tokens, 0);
        assertThat(block.possible(0, afterVerb)).isTrue();
        assertThat(block.possible(1, afterVerb)).isTrue();
        assertThat(block.possible(2, afterVerb)).isTrue();
        long[] afterTo = block.literalsAfter(tokens, 3);
        assertThat(block.possible(0, afterTo)).isFalse();
        assertThat(block.possible(1, afterTo)).isFalse();
    }

    @Test
    void shouldNotTakeAWordForItsPluralTheOtherWayRound() {
        long[] present = block.literalsAfter(List.of("sent", "arm", "shipment"), 0);

        assertThat(block.possible(0, present)).isTrue();
        assertThat(block.possible(2, present)).isFalse();
    }
}
