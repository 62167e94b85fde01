package io.dateline.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    @Test
    void shouldSplitOnAFullStopFollowedBySpaceAndCapital() {
        assertThat(sentences("The talks ended. Both sides left.")).containsExactly("The talks ended.",
                "Both sides left.");
    }

    @Test
    void shouldSplitWhenTheSpaceAfterTheFullStopWasLost() {
        assertThat(sentences("Troops moved into the region.Observers counted them."))
                .containsExactly("Troops moved into the region.", "Observers counted them.");
        assertThat(sentences("Rockets hit two sites.On Monday the army replied."))
                .containsExactly("Rockets hit two sites.", "On Monday the army replied.");
    }

    @Test
    void shouldSplitBeforeAGluedOpeningQuote() {
        assertThat(sentences("The envoy met both rivals.\"We want calm,\" he said."))
                .containsExactly("The envoy met both rivals.", "\"We want calm,\" he said.");
    }

    @Test
    void shouldKeepAGluedClosingQuoteWithItsSentence() {
        assertThat(sentences("He promised \"more talks.\"They start in May."))
                .containsExactly("He promised \"more talks.\"", "They start in May.");
    }

    @Test
    void shouldSplitAfterAYearGluedToTheNextSentence() {
        assertThat(sentences("The war began in 2023.In March it spread."))
                .containsExactly("The war began in 2023.", "In March it spread.");
    }

    @Test
    void shouldSplitTheSeedStoryWhereItsSpacesWereLost() throws IOException {
        Path seed = Path.of("../../shared/seeds/000_b96d3a165b64e731.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the shared seed is not here");

        List<String> sentences = sentences(Files.readString(seed, StandardCharsets.UTF_8));

        assertThat(sentences).anySatisfy(s -> assertThat(s).endsWith("in the region."))
                .anySatisfy(s -> assertThat(s).startsWith("Independent monitors say"))
                .anySatisfy(s -> assertThat(s).endsWith("nuclear sites."))
                .anySatisfy(s -> assertThat(s).startsWith("On Friday, Russia announced"))
                .anySatisfy(s -> assertThat(s).endsWith("between the two rivals."))
                .anySatisfy(s -> assertThat(s).startsWith("\"The situation in the region"))
                .anySatisfy(s -> assertThat(s).contains("talk US President Donald Trump out of an attack"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Officials in the U.S. Treasury declined to comment.",
        "The meeting is on Jan. 16 in the capital.",
        "Mr. Lopez and Dr. Obi met Gen. Ward at noon.",
        "The letter was signed by J. R. Smith of the bank.",
        "Growth slowed to 3.5 percent in the quarter.",
        "Talks resumed at 10 a.m. local time.",
        "Shares of Acme Inc. Holdings rose, e.g. Acme Corp. North.",
        "The U.N. Security Council and the U.K. Foreign Office agreed."
    })
    void shouldNotSplitAtAbbreviationsInitialsOrDecimals(String text) {
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void shouldNotSplitWhenALowerCaseWordFollows() {
        String text = "He left the U.S. last year. she said, quoting the report.";
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void shouldAlwaysSplitAtABlankLine() {
        assertThat(sentences("Headline without stop\n\nthe body starts lower-case.\n \nNext paragraph"))
                .containsExactly("Headline without stop", "the body starts lower-case.", "Next paragraph");
    }

    @Test
    void shouldTreatASingleLineBreakAsSpace() {
        assertThat(sentences("A sentence wrapped\nat the margin. Another one.")).containsExactly(
                "A sentence wrapped\nat the margin.", "Another one.");
    }

    @Test
    void shouldSplitOnQuestionAndExclamationMarksWithClosingQuotes() {
        assertThat(sentences("\"Will they come?\" she asked. \"No!\" He left."))
                .containsExactly("\"Will they come?\" she asked.", "\"No!\"", "He left.");
    }

    @Test
    void shouldReturnTrimmedSpansThatPointIntoTheText() {
        String text = "  First one.   Second one.  ";
        List<Span> spans = SentenceSplitter.split(text);

        assertThat(spans).containsExactly(new Span(2, 12), new Span(15, 26));
    }

    @Test
    void shouldReturnNothingForBlankText() {
        assertThat(SentenceSplitter.split(" \n\n ")).isEmpty();
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(span -> span.of(text)).toList();
    }
}
