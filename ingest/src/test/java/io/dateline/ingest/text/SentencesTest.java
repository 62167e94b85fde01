package io.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ships left port. More came.                         | Ships left port.
            Ships left port.More came.                          | Ships left port.
            Ships left port!More came.                          | Ships left port!
            Did ships leave? More came.                         | Did ships leave?
            The U.S. fleet left port. More came.                | The U.S. fleet left port.
            The fleet left the U.S.More came.                   | The fleet left the U.S.More came.
            Ships left on Jan. 16 at dawn. More came.           | Ships left on Jan. 16 at dawn.
            Gen. Ray Doe left port. More came.                  | Gen. Ray Doe left port.
            J. R. Doe left port. More came.                     | J. R. Doe left port.
            Prices rose 3.5 percent. More came.                 | Prices rose 3.5 percent.
            Ships left approx. five hours late. More came.      | Ships left approx. five hours late.
            Ships left port                                     | Ships left port
            """)
    void shouldFindFirstSentence(String text, String first) {
        assertThat(Sentences.first(text)).isEqualTo(first);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He said "we sail."Ships left.            | He said "we sail."
            Ships left port."We sail," he said.      | Ships left port.
            It's a port.Ships left.                  | It's a port.
            """)
    void shouldTreatQuoteAfterStopAsBoundary(String text, String first) {
        assertThat(Sentences.first(text)).isEqualTo(first);
    }
}
