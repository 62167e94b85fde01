package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.StoryText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountrySalienceTest {

    private final GazetteerTagger tagger = new GazetteerTagger(Gazetteer.standard());

    @Test
    void shouldPutTheDatelineCountryFirstAndLeaveOutACountryNamedOnceInPassing() {
        StoryText text = StoryText.of("Iran protests grow", "Iranian crowds marched. Iran blamed Israel.");

        assertThat(rank(text, "RUS")).containsExactly("RUS", "IRN");
    }

    @Test
    void shouldKeepCountriesNamedInTheHeadlineOrTheLeadAndAgainOrThreeTimes() {
        // Chile: headline (3); Peru: lead and once more (3); Ecuador: three times later (3); Bolivia: once (1)
        StoryText text = StoryText.of("Chile wins", "Peru lost the match. Nothing else. Peru waits. Bolivia drew. "
                + "Ecuador drew once more. Ecuador rested. Ecuador left.");

        assertThat(rank(text, null)).containsExactly("CHL", "PER", "ECU");
    }

    @Test
    void shouldKeepCountriesThatActInASentenceEvenWhenNamedOnce() {
        StoryText text = StoryText.of("", "The Kremlin spoke twice. The Kremlin agreed. "
                + "Saudi Arabia, Qatar and Oman led efforts to calm Tehran.");

        assertThat(rank(text, null)).containsExactly("RUS", "SAU", "QAT", "OMN");
    }

    @Test
    void shouldKeepOnlyTheBestCountryWhenNoneQualifiesAndThereIsNoDateline() {
        StoryText text = StoryText.of("", "Exports rose. Shipments to Japan grew, and a cargo left for Peru.");

        assertThat(rank(text, null)).containsExactly("JPN");
        assertThat(rank(text, "GBR")).containsExactly("GBR");
    }

    @Test
    void shouldCountCitiesDemonymsAndInstitutionsTowardTheirCountry() {
        StoryText text = StoryText.of("Kremlin replies", "Moscow said Russian officials would reply.");

        assertThat(rank(text, null)).containsExactly("RUS");
    }

    @Test
    void shouldLeaveOutRegionsWithoutACountry() {
        StoryText text = StoryText.of("", "Storms in the Middle East and the Indian Ocean.");

        assertThat(rank(text, null)).isEmpty();
    }

    private List<String> rank(StoryText text, String datelineCountry) {
        return CountrySalience.rank(text, tagger.tag(text), Optional.ofNullable(datelineCountry));
    }
}
