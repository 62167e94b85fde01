package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternBlockTest {

    private static CameoVerbs.Pattern pattern(String cameo, String... items) {
        return new CameoVerbs.Pattern(new String[][] {items}, cameo, items.length, items, null, new String[0][]);
    }

    private final List<CameoVerbs.Pattern> patterns = List.of(pattern("042", "to"),
            pattern("190", "arm", "shipment"), pattern("195", "arms"), pattern("073", "&FOOD"));
    private final PatternFilter filter = new PatternFilter(List.of("to", "arm", "shipment", "arms", "&FOOD"),
            Map.of("&FOOD", Map.of("grain", List.of(), "grains", List.of())));
    private final PatternBlock block = new PatternBlock(patterns, filter);

    @Test
    void shouldOrderPatternsByTheirNumberOfWords() {
        assertThat(block.patterns()).extracting(CameoVerbs.Pattern::cameo).containsExactly("190", "042", "195", "073");
    }

    @Test
    void shouldFindItemsOnlyAfterTheVerbAsThemselvesTheirPluralOrASetMember() {
        // given "sent arms shipments to Chad": "arms" is the word arms and the plural of arm
        List<String> tokens = List.of("sent", "arms", "shipments", "to", "chad", "grain");

        // when / then
        long[] afterVerb = filter.after(tokens, 0);
        assertThat(List.of(0, 1, 2, 3)).allMatch(p -> block.possible(p, afterVerb));
        long[] afterTo = filter.after(tokens, 3);
        assertThat(List.of(0, 1, 2)).noneMatch(p -> block.possible(p, afterTo));
        assertThat(block.possible(3, afterTo)).isTrue();
    }

    @Test
    void shouldNotTakeAWordForItsPluralTheOtherWayRound() {
        long[] present = filter.after(List.of("sent", "arm", "shipment"), 0);

        assertThat(block.possible(0, present)).isTrue();
        assertThat(block.possible(2, present)).isFalse();
        assertThat(block.possible(3, present)).isFalse();
    }

    @Test
    void shouldGiveTheNextPatternThatCanMatchAndIsLargerThanTheBestSoFar() {
        // given "sent grain to Chad": only "042" (to) and "073" (&FOOD) can match
        long[] present = filter.after(List.of("sent", "grain", "to", "chad"), 0);

        // when / then
        assertThat(block.largest()).isEqualTo(2);
        assertThat(block.next(0, -1, present)).isEqualTo(1);
        assertThat(block.next(2, -1, present)).isEqualTo(3);
        assertThat(block.next(0, 1, present)).isEqualTo(-1);
        assertThat(PatternBlock.EMPTY.largest()).isEqualTo(-1);
    }
}
