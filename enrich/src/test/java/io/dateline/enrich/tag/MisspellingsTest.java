package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.StoryText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisspellingsTest {

    private static final Misspellings MISSPELLINGS = new Misspellings(Gazetteer.standard());

    private static List<String> countries(String body) {
        return MISSPELLINGS.find(StoryText.of("", body), List.of()).stream().map(Match::country).toList();
    }

    @Test
    void shouldReadACountryNameWithALetterMissingOrAdded() {
        assertThat(countries("Ethopia has agreed to re-open its borders.")).containsExactly("ETH");
        assertThat(countries("Quatar's emir launched a mediation effort.")).containsExactly("QAT");
    }

    @Test
    void shouldNotReadWordsOrNamesThatOnlyLookAlike() {
        assertThat(countries("While Chile and France talked, the Franc fell and Franco spoke.")).isEmpty();
        assertThat(countries("ETHOPIA in capitals is left alone.")).isEmpty();
    }

    @Test
    void shouldLeaveAWordAnotherMentionCoversAlone() {
        StoryText text = StoryText.of("", "Ethopia said so.");
        Match covering = MISSPELLINGS.find(text, List.of()).get(0);
        assertThat(MISSPELLINGS.find(text, List.of(covering))).isEmpty();
    }
}
