package io.dateline.enrich.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.StoryText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenViewTest {

    @Test
    void shouldGiveATokenInTitleCaseAndMakeItOnce() {
        // given headline tokens SAUDI ARABIA 'S I
        TokenView v = new TokenView(StoryText.of("SAUDI ARABIA'S I", ""), List.of());

        // when / then
        assertThat(v.titleCase(0)).isEqualTo("Saudi");
        assertThat(v.titleCase(1)).isEqualTo("Arabia");
        assertThat(v.titleCase(4)).isEqualTo("I");
        assertThat(v.titleCase(0)).isSameAs(v.titleCase(0));
    }

    @Test
    void shouldTellTokensOfLettersOnly() {
        // given
        TokenView v = new TokenView(StoryText.of("", "Zürich 3M G7"), List.of());

        // when / then
        assertThat(v.isLetters(0)).isTrue();
        assertThat(v.isLetters(1)).isFalse();
        assertThat(v.isLetters(2)).isFalse();
    }
}
