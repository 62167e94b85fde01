package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineResolverTest {

    private final DatelineResolver resolver = new DatelineResolver(Gazetteer.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOSCOW, Jan 16, 2026 (AFP)|RUS",
        "Tehran, Jan 16 (Test Wire) -|IRN",
        "NEW YORK, March 3 -|USA",
        "GAZA CITY, Palestinian Territories|PSE",
        "SAN JOSE, Costa Rica, March 3|CRI",
        "RIO DE JANEIRO, Feb 2|BRA",
        "WASHINGTON/BEIJING, May 1|USA",
        "BIRMINGHAM, Ala., March 3 -|USA",
        "ST. LOUIS, March 3 -|USA",
        "Stamford, Conn., Jan 2|USA",
        "WILMINGTON, Del, Feb 26 -|USA",
        "OAK LAWN, Il., March 4 -|USA",
        "PALATINE, ILL, March 16 -|USA",
        "Hauppauge, N.Y,. March 13 -|USA",
        "LONDON, Ont., March 3 -|CAN"
    })
    void shouldFindTheCountryOfTheDatelinePlace(String dateline, String country) {
        assertThat(resolver.countryOf(dateline)).hasValue(country);
    }

    @Test
    void shouldReturnThePlaceItself() {
        assertThat(resolver.placeOf("MOSCOW, Jan 16")).map(KnownEntity::id).hasValue("city:moscow");
    }

    @Test
    void shouldLetAQualifyingStateOrCountryWinOverTheCity() {
        assertThat(resolver.placeOf("SAN JOSE, Costa Rica")).map(KnownEntity::id).hasValue("country:CRI");
        assertThat(resolver.placeOf("BIRMINGHAM, Ala.")).map(KnownEntity::id).hasValue("region:alabama");
        assertThat(resolver.placeOf("BIRMINGHAM, March 3")).map(KnownEntity::id).hasValue("city:birmingham");
    }

    @Test
    void shouldNotReadTheStoryTextAfterTheDash() {
        assertThat(resolver.countryOf("UNITED NATIONS, Jan 5 (Reuters) - Iran said")).isEmpty();
        assertThat(resolver.countryOf("UNITED NATIONS, Jan 5 - Iran said")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Jan 16, 2026", "SOMEWHERE, Jan 16"})
    void shouldFindNothingWithoutAKnownPlace(String dateline) {
        assertThat(resolver.countryOf(dateline)).isEmpty();
    }
}
