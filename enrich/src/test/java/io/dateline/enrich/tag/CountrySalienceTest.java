package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.StoryText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountrySalienceTest {

    private final GazetteerTagger tagger = new GazetteerTagger(Gazetteer.standard());

    @Test
    void shouldPutTheDatelineCountryFirst() {
        StoryText text = StoryText.of("Iran protests grow", "Iranian crowds marched. Iran blamed Israel.");

        assertThat(rank(text, "RUS")).containsExactly("RUS", "IRN", "ISR");
    }

    @Test
    void shouldWeightTheHeadlineAndLeadAboveLaterMentions() {
        // Chile: one headline mention (3); Peru: one lead mention (2); Bolivia: two later mentions (2), later first
        StoryText text = StoryText.of("Chile wins", "Peru lost. Nothing else. Bolivia drew. Bolivia waits.");

        assertThat(rank(text, null)).containsExactly("CHL", "PER", "BOL");
    }

    @Test
    void shouldCountCitiesDemonymsAndInstitutionsTowardTheirCountry() {
        StoryText text = StoryText.of("", "The Kremlin spoke. Muscat replied. Qatari envoys waited. Oman agreed.");

        assertThat(rank(text, null)).containsExactly("RUS", "OMN", "QAT");
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
