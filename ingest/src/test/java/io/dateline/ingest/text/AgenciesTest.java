package io.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgenciesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Agence France-Presse  | AFP     | afp
            afp                   | AFP     | afp
            Thomson  Reuters      | Reuters | reuters
            The Associated Press  | AP      | ap
            dpa                   | dpa     | dpa
            Kyodo News            | Kyodo News | kyodo-news
            """)
    void shouldCanonicaliseAgencyAndDeriveIdPrefix(String written, String canonical, String prefix) {
        assertThat(Agencies.canonical(written)).isEqualTo(canonical);
        assertThat(Agencies.idPrefix(written)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "' '"})
    void shouldUseWirePrefixWithoutAgency(String written) {
        assertThat(Agencies.canonical(written)).isNull();
        assertThat(Agencies.idPrefix(written)).isEqualTo("wire");
    }
}
