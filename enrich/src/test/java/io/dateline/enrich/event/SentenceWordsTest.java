package io.dateline.enrich.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.Tokenizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceWordsTest {

    private final PatternFilter filter = new PatternFilter(List.of("arm", "shipment", "&FOOD"),
            Map.of("&FOOD", Map.of("grain", List.of())));

    @Test
    void shouldReadTheTokensInLowerCase() {
        // when
        SentenceWords words = SentenceWords.lowerCase(Tokenizer.tokenize("Iran SENT Arms."));

        // then
        assertThat(words).containsExactly("iran", "sent", "arms", ".");
    }

    @Test
    void shouldGiveTheFilterTheSameItemsAsAPlainListAndLookThemUpOnce() {
        // given
        SentenceWords words = SentenceWords.lowerCase(Tokenizer.tokenize("Sent arms shipments and grain to Chad"));
        List<String> plain = List.copyOf(words);

        // when / then
        for (int at = 0; at < words.size(); at++) {
            assertThat(filter.after(words, at)).containsExactly(filter.after(plain, at));
        }
        assertThat(words.items(filter)).isSameAs(words.items(filter));
        assertThat(words.items(filter)[1]).containsExactly(filter.items("arms"));
        assertThat(words.items(filter)[0]).isNull();
    }
}
