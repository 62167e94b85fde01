package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearNamesTest {

    private static List<String> candidates(NearNames<String> names, String word) {
        return names.candidates(word).stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void shouldOfferNamesALetterShorterStartingWithTheWordsFirstLetter() {
        // Given
        NearNames<String> names = new NearNames<>();
        names.add("qatar", "QAT");
        names.add("chile", "CHL");
        names.add("tonga", "TON");

        // When / Then: "Quatar" is "qatar" with a letter added; "Uqatar" adds one before the first: no candidate
        assertThat(candidates(names, "Quatar")).containsExactly("qatar");
        assertThat(candidates(names, "Uqatar")).isEmpty();
    }

    @Test
    void shouldOfferNamesALetterLongerWithTheWordsFirstLetterFirst() {
        // Given
        NearNames<String> names = new NearNames<>();
        names.add("ethiopia", "ETH");
        names.add("oman", "OMN");

        // When / Then: "Ethopia" lacks a letter of "ethiopia"; "Thiopia" lacks its first: no candidate
        assertThat(candidates(names, "Ethopia")).containsExactly("ethiopia");
        assertThat(candidates(names, "Thiopia")).isEmpty();
        assertThat(candidates(names, "Xthopia")).isEmpty();
    }

    @Test
    void shouldOfferNamesAsLongStartingWithTheSameLetterInAnyCase() {
        // Given
        NearNames<String> names = new NearNames<>();
        names.add("france", "FRA");
        names.add("greece", "GRC");

        // When / Then
        assertThat(candidates(names, "FRANCE")).containsExactly("france");
        assertThat(candidates(names, "Brance")).isEmpty();
    }

    @Test
    void shouldOfferEveryNameOnceEvenWhenItsFirstTwoLettersAreTheSame() {
        // Given
        NearNames<String> names = new NearNames<>();
        names.add("aachen", "DEU");

        // When / Then: "aachen" is one letter longer than "Achen", one shorter than "Aaachen"
        assertThat(candidates(names, "Achen")).containsExactly("aachen");
        assertThat(candidates(names, "Aaachen")).containsExactly("aachen");
    }
}
