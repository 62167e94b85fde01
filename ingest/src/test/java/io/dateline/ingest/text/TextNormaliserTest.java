package io.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void shouldTurnCrlfAndCrIntoLineFeeds() {
        assertThat(TextNormaliser.normalise("a\r\nb\rc\u2028d")).isEqualTo("a\nb\nc\nd");
    }

    @Test
    void shouldMapTabsToSpacesAndDropOtherControls() {
        assertThat(TextNormaliser.normalise("a\tb\u0000c\u0007d\u001Be\u007Ff\u0085g\u009Fh\uFEFFi"))
                .isEqualTo("a bcdefghi");
    }

    @Test
    void shouldCutTrailingBlanksButKeepIndentAndInnerSpacing() {
        assertThat(TextNormaliser.normalise("  a  b \t\nc\u00A0")).isEqualTo("  a  b\nc");
    }

    @Test
    void shouldComposeToNfc() {
        assertThat(TextNormaliser.normalise("Bogota\u0301")).isEqualTo("Bogot\u00e1");
    }
}
