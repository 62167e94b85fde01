package io.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

    @Test
    void shouldDropFinalFullStopOfLeadSentence() {
        assertThat(Headlines.fromLead("Ships left port on Monday.Harbour reopened."))
                .isEqualTo("Ships left port on Monday");
    }

    @Test
    void shouldKeepQuestionMark() {
        assertThat(Headlines.fromLead("Will the ships sail? Nobody knows.")).isEqualTo("Will the ships sail?");
    }

    @Test
    void shouldShortenAtWordBoundaryWithoutDanglingComma() {
        assertThat(Headlines.shorten("alpha beta, gamma delta", 14)).isEqualTo("alpha beta\u2026");
    }

    @Test
    void shouldHardCutSingleLongWord() {
        assertThat(Headlines.shorten("abcdefghijklmnop", 10)).isEqualTo("abcdefghi\u2026");
    }

    @Test
    void shouldLeaveShortTextAlone() {
        assertThat(Headlines.shorten("Ships left", 120)).isEqualTo("Ships left");
    }
}
