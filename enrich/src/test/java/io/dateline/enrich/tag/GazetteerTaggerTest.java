package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.text.StoryText;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTaggerTest {

    private final GazetteerTagger tagger = new GazetteerTagger(Gazetteer.standard());

    @Test
    void shouldTagCountryNamesAndAliases() {
        assertThat(ids("Ministers from Iran, Saudi Arabia and the Russian Federation met in Oman."))
                .containsExactly("country:IRN", "country:SAU", "country:RUS", "country:OMN");
        assertThat(ids("Trade between Britain and the United Kingdom's former colony of Ivory Coast grew."))
                .containsExactly("country:GBR", "country:GBR", "country:CIV");
    }

    @Test
    void shouldTagUnitedStatesShortFormsButUsOnlyInCapitals() {
        assertThat(texts("The U.S. envoy, a US citizen from the USA, said America would help."))
                .containsExactly("U.S.", "US", "USA", "America");
        assertThat(ids("Let us talk about it, the minister told us.")).isEmpty();
    }

    @Test
    void shouldCountDemonymsTowardTheirCountry() {
        List<Match> matches = tag("Iranian and Israeli officials met Saudi and Chinese diplomats; French troops left.");

        assertThat(matches).extracting(m -> m.entity().id()).containsExactly("country:IRN", "country:ISR",
                "country:SAU", "country:CHN", "country:FRA");
        assertThat(matches).allSatisfy(m -> assertThat(m.form()).isEqualTo(Match.Form.DEMONYM));
        assertThat(texts("Thousands of Iranians and Israelis marched.")).containsExactly("Iranians", "Israelis");
    }

    @Test
    void shouldTagThePossessiveWithoutItsEnding() {
        assertThat(texts("Israel's ally and Iran\u2019s rival and the Philippines' coast."))
                .containsExactly("Israel", "Iran", "Philippines");
    }

    @Test
    void shouldTagCapitalsAsCitiesOfTheirCountry() {
        List<Match> matches = tag("Talks moved from Tehran to Doha, then to Muscat and Gaza City.");

        assertThat(matches).extracting(m -> m.entity().id()).containsExactly("city:tehran", "city:doha",
                "city:muscat", "city:gaza");
        assertThat(matches).extracting(m -> m.entity().country()).containsExactly("IRN", "QAT", "OMN", "PSE");
    }

    @Test
    void shouldTagGovernmentSeatsAsOrganizationsOfTheirCountry() {
        List<Match> matches = tag("The Kremlin and the White House disagreed; the Elysee and Downing Street kept quiet.");

        assertThat(matches).extracting(m -> m.entity().id()).containsExactly("org:kremlin", "org:white-house",
                "org:elysee-palace", "org:downing-street");
        assertThat(matches).extracting(m -> m.entity().country()).containsExactly("RUS", "USA", "FRA", "GBR");
    }

    @Test
    void shouldPreferTheLongestName() {
        assertThat(ids("Voters in New Mexico and New Jersey went to the polls."))
                .containsExactly("region:new-mexico", "region:new-jersey");
        assertThat(ids("Papua New Guinea and Equatorial Guinea signed a deal with Guinea-Bissau."))
                .containsExactly("country:PNG", "country:GNQ", "country:GNB");
        assertThat(ids("South Sudan and Sudan, North Korea and South Korea."))
                .containsExactly("country:SSD", "country:SDN", "country:PRK", "country:KOR");
        assertThat(ids("Patrols in the South China Sea and the Gulf of Mexico.")).containsExactly(
                "region:south-china-sea", "region:gulf-of-mexico");
    }

    @Test
    void shouldIgnorePhrasesThatOnlyLookLikePlaces() {
        assertThat(ids("He ordered French fries, a Turkish delight and turkey with china plates.")).isEmpty();
        assertThat(ids("Latin American and Native American leaders met.")).containsExactly("region:latin-america");
    }

    @Test
    void shouldTagFormerStatesWithTheirIso3166Part3Codes() {
        assertThat(ids("The Soviet Union, the USSR, East Germany, West Germany, Yugoslavia, Czechoslovakia and "
                + "South Yemen.")).containsExactly("country:SUN", "country:SUN", "country:DDR", "country:DEU",
                "country:YUG", "country:CSK", "country:YMD");
        assertThat(ids("Soviet and West German officials met.")).containsExactly("country:SUN", "country:DEU");
    }

    @Test
    void shouldReportOffsetsThatPointAtTheSurfaceText() {
        StoryText text = StoryText.of("Putin calls Tehran", "The Kremlin said Russia's envoy was in the U.S. today.");

        List<Match> matches = tagger.tag(text);

        assertThat(matches).extracting(Match::text).containsExactly("Tehran", "Kremlin", "Russia", "U.S.");
        assertThat(matches).allSatisfy(m -> assertThat(text.text().substring(m.begin(), m.end()))
                .isEqualTo(m.text()));
        assertThat(matches.get(0).begin()).isEqualTo("Putin calls ".length());
        assertThat(matches.get(1).begin()).isEqualTo("Putin calls Tehran\n\nThe ".length());
    }

    @Test
    void shouldNotMatchAcrossSentences() {
        assertThat(ids("He flew to Costa. Rica is a name.")).isEmpty();
        assertThat(ids("They left New\n\nZealand behind.")).isEmpty();
    }

    @Test
    void shouldMatchTitleCaseNamesInHeadlinesWrittenInCapitals() {
        StoryText text = StoryText.of("SAUDI ARABIA AND IRAN RESTORE TIES", "The two sides met.");

        assertThat(tagger.tag(text)).extracting(m -> m.entity().id()).containsExactly("country:SAU", "country:IRN");
    }

    @Test
    void shouldNotTagWordsInsideLongerWords() {
        assertThat(ids("Indiana, Omanis? No: Chadwick, Irani, Niger-based Nigerians.")).containsExactly(
                "region:indiana", "country:OMN", "country:NER", "country:NGA");
    }

    @Test
    void shouldNotTagAbbreviationsInsideLongerDottedOnes() {
        assertThat(ids("M.D.C. Holdings and A.N.D.A. Corp moved to Washington, D.C. and Fargo, N.D. last year."))
                .containsExactly("city:washington", "region:north-dakota");
        assertThat(texts("Officials of the U.S.S.R. and the U.S.A. met.")).containsExactly("U.S.S.R.", "U.S.A.");
    }

    private List<Match> tag(String body) {
        return tagger.tag(StoryText.of("", body));
    }

    private List<String> ids(String body) {
        return tag(body).stream().map(m -> m.entity().id()).toList();
    }

    private List<String> texts(String body) {
        return tag(body).stream().map(Match::text).toList();
    }
}
