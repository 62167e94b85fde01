package io.dateline.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryTextTest {

    @Test
    void shouldJoinHeadlineAndBodyWithABlankLine() {
        StoryText text = StoryText.of("Rain in Lima", "It rained.");

        assertThat(text.text()).isEqualTo("Rain in Lima\n\nIt rained.");
        assertThat(text.bodyStart()).isEqualTo(14);
        assertThat(text.inHeadline(8)).isTrue();
        assertThat(text.inHeadline(14)).isFalse();
    }

    @Test
    void shouldKeepTheSeparatorWhenThereIsNoHeadline() {
        StoryText text = StoryText.of(null, "Only a body.");

        assertThat(text.text()).isEqualTo("\n\nOnly a body.");
        assertThat(text.bodyStart()).isEqualTo(2);
        assertThat(text.firstBodySentence()).isZero();
    }

    @Test
    void shouldMakeTheHeadlineItsOwnSentence() {
        StoryText text = StoryText.of("Talks resume", "Envoys met. They spoke.");

        assertThat(text.sentences()).hasSize(3);
        assertThat(text.firstBodySentence()).isEqualTo(1);
        assertThat(text.sentenceAt(text.text().indexOf("They"))).isEqualTo(2);
    }

    @Test
    void shouldSplitTokensAtWordBoundariesAndFoldApostrophes() {
        StoryText text = StoryText.of("", "Israel\u2019s U.S.-based ally.");

        assertThat(text.tokens()).extracting(Token::text)
                .containsExactly("Israel", "'", "s", "U", ".", "S", ".", "-", "based", "ally", ".");
        Token first = text.tokens().get(0);
        assertThat(text.text().substring(first.begin(), first.end())).isEqualTo("Israel");
    }

    @Test
    void shouldKnowWhichSentencesAreInCapitals() {
        StoryText text = StoryText.of("IRAN SAYS U.S. TALKS OVER", "Iran said so.");

        assertThat(text.isAllCaps(0)).isTrue();
        assertThat(text.isAllCaps(1)).isFalse();
    }
}
