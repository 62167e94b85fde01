package io.dateline.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void shouldGiveEachTokenItsTextInLowerCase() {
        // when
        List<Token> tokens = Tokenizer.tokenize("ISRAEL’s Knesset voted 61-59 in Zürich");

        // then
        assertThat(tokens).extracting(Token::lower)
                .containsExactly("israel", "'", "s", "knesset", "voted", "61", "-", "59", "in", "zürich");
    }

    @Test
    void shouldFoldTypographicQuotationMarksToOne() {
        assertThat(Tokenizer.tokenize("\u201CWe will\u201D \u00ABnon\u00BB")).extracting(Token::text)
                .containsExactly("\"", "We", "will", "\"", "\"", "non", "\"");
    }

    @Test
    void shouldShareTheTextWhenItIsLowerCaseAlready() {
        // given
        Token voted = Tokenizer.tokenize("Knesset voted").get(1);
        Token straße = Tokenizer.tokenize("straße").get(0);

        // when / then
        assertThat(voted.lower()).isSameAs(voted.text());
        assertThat(straße.lower()).isEqualTo("straße");
        assertThat(Tokenizer.tokenize("İstanbul").get(0).lower()).isEqualTo("İstanbul".toLowerCase(Locale.ROOT));
    }

    @Test
    void shouldKeepANumberWithItsSeparatorsAsOneToken() {
        assertThat(Tokenizer.tokenize("aid to 5,000 people, 1.5 mln dlrs, in 1987. Then")).extracting(Token::text)
                .containsExactly("aid", "to", "5,000", "people", ",", "1.5", "mln", "dlrs", ",", "in", "1987", ".",
                        "Then");
    }
}
