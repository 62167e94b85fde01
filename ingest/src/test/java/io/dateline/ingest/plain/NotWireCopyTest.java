package io.dateline.ingest.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotWireCopyTest {

    private static final List<String> STORY = List.of(
            "Dock strike spreads to second port",
            "",
            "ANTWERP, March 10, 2026 (Reuters) - Dock workers in Antwerp joined a strike on Tuesday that began in",
            "Rotterdam a day earlier, halting container traffic at the two largest ports in Europe.",
            "",
            "Unions said talks with employers would resume on Friday.",
            "(Reporting by Anna de Vries; Editing by Mark Holt)");

    @Test
    void shouldTakeAWireStoryAsCopy() {
        assertThat(NotWireCopy.reason("in/strike.txt", STORY)).isEmpty();
    }

    @Test
    void shouldSkipAWordList() {
        List<String> words = IntStream.range(0, 60).mapToObj(i -> "exchange-" + i).toList();

        assertThat(NotWireCopy.reason("in/exchanges.txt", words)).get().asString()
                .contains("0 of 60 lines are prose");
    }

    @Test
    void shouldTakeAShortTabularStory() {
        List<String> earnings = List.of("ACME CORP 4TH QTR NET", "", "Shr 32 cts vs 25 cts", "Net 1,234,000 vs 987,000",
                "Revs 45.6 mln vs 40.1 mln", "Avg shrs 3,800,000 vs 3,900,000", "Reuter");

        assertThat(NotWireCopy.reason("in/acme.txt", earnings)).isEmpty();
    }

    @Test
    void shouldSkipDataAndDocumentationByName() {
        assertThat(NotWireCopy.reason("in/places.tsv", STORY)).get().asString().contains("a .tsv file");
        assertThat(NotWireCopy.reason("in/README.txt", STORY)).get().asString().contains("documentation");
    }

    @Test
    void shouldNotJudgeAShortStoryByItsShape() {
        assertThat(NotWireCopy.reason("in/flash.txt", List.of("FLASH", "", "Quake hits Chile"))).isEmpty();
    }
}
