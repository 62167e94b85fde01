package io.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            MOSCOW, Jan 16, 2026 (AFP) - Ships left.         | MOSCOW, Jan 16, 2026 (AFP)      | MOSCOW         | AFP
            PARIS, Jan. 16 (Reuters) - Ships left.           | PARIS, Jan. 16 (Reuters)        | PARIS          | Reuters
            WASHINGTON (AP) -- Ships left.                   | WASHINGTON (AP)                 | WASHINGTON     | AP
            BEIRUT, 16 January 2026 (AFP) \u2014 Ships left. | BEIRUT, 16 January 2026 (AFP)   | BEIRUT         | AFP
            RIO DE JANEIRO, Brazil (AP) \u2013 Ships left.   | RIO DE JANEIRO, Brazil (AP)     | RIO DE JANEIRO | AP
            ST. JOHN'S, N.L., March 3 (dpa) - Ships left.    | ST. JOHN'S, N.L., March 3 (dpa) | ST. JOHN'S     | dpa
            """)
    void shouldReadDateline(String paragraph, String text, String place, String agency) {
        Dateline dateline = Datelines.parse(paragraph).orElseThrow();

        assertThat(dateline.text()).isEqualTo(text);
        assertThat(dateline.place()).isEqualTo(place);
        assertThat(dateline.agency()).isEqualTo(agency);
        assertThat(dateline.rest()).isEqualTo("Ships left.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "NATO said on Friday it would meet - again - next week.",
        "Ships left port (slowly) - and came back.",
        "The UN (United Nations) - said nothing.",
        "Paris, Jan. 16 (Reuters) - lower-case place.",
        "MOSCOW, Jan 16 - no agency."})
    void shouldNotMistakeOrdinaryParagraphForDateline(String paragraph) {
        assertThat(Datelines.parse(paragraph)).isEmpty();
    }

    @Test
    void shouldTurnFullDateIntoStartOfDayUtc() {
        assertThat(Datelines.parse("MOSCOW, Jan 16, 2026 (AFP) - x").orElseThrow().date())
                .isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            , Jan 16, 2026         | 2026-01-16
            , Jan. 16, 2026        | 2026-01-16
            , September 3 2025     | 2025-09-03
            , 3 Sept 2025          | 2025-09-03
            , 16 January 2026      | 2026-01-16
            """)
    void shouldReadFullDates(String details, LocalDate date) {
        assertThat(Datelines.date(details)).contains(date);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {", Jan 16", ", Kenya", ", Feb 30, 2026", ""})
    void shouldIgnoreIncompleteOrImpossibleDates(String details) {
        assertThat(Datelines.date(details)).isEmpty();
    }
}
