package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void shouldReadTwoNeighbouringLettersSwappedAndMisspeltDemonyms() {
        assertThat(countries("Isreal attacked Lebanon.")).containsExactly("ISR");
        List<Match> found = MISSPELLINGS.find(StoryText.of("", "Palestinan gunmen fired on Isreali troops."),
                List.of());
        assertThat(found).extracting(Match::country, Match::form).containsExactly(
                tuple("PSE", Match.Form.DEMONYM),
                tuple("ISR", Match.Form.DEMONYM));
    }

    @Test
    void shouldNotReadWordsOrNamesThatOnlyLookAlike() {
        assertThat(countries("While Chile and France talked, the Franc fell and Franco spoke.")).isEmpty();
        assertThat(countries("ETHOPIA in capitals is left alone.")).isEmpty();
        assertThat(countries("Chairman Fernand St Germain and Mark S. Germain spoke.")).as("the end of a name")
                .isEmpty();
        assertThat(countries("Sirael and Iarsel are no swaps after the first letter; Bomani spoke.")).isEmpty();
    }

    @Test
    void shouldLeaveAWordAnotherMentionCoversAlone() {
        StoryText text = StoryText.of("", "Ethopia said so.");
        Match covering = MISSPELLINGS.find(text, List.of()).get(0);
        assertThat(MISSPELLINGS.find(text, List.of(covering))).isEmpty();
    }
}
