package io.dateline.enrich.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.avro.EntityType;
import io.dateline.enrich.StoryTagger;
import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.text.StoryText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    private static final LocalDate D2026 = LocalDate.of(2026, 1, 16);
    private static final LocalDate D1987 = LocalDate.of(1987, 3, 2);

    private final StoryTagger tagger = new StoryTagger(Gazetteer.standard(), Lexicon.standard());

    private List<Match> people(String headline, String body, LocalDate date) {
        return tagger.tag(StoryText.of(headline, body), date).stream()
                .filter(m -> m.entity().type() == EntityType.PERSON).toList();
    }

    private List<Match> people(String body, LocalDate date) {
        return people("", body, date);
    }

    @Test
    void shouldFindAnUnknownPersonAfterARoleAndTakeTheRolesCountry() {
        List<Match> found = people("Kremlin aide Ivan Petrovsky-Smith said talks would go on.", D2026);

        assertThat(found).extracting(Match::text, m -> m.entity().id(), Match::country, Match::role)
                .containsExactly(tuple("Ivan Petrovsky-Smith", "unlinked:person:ivan-petrovsky-smith", "RUS",
                        "Kremlin aide"));
    }

    @Test
    void shouldFindAPersonFromARoleSetOffByACommaAfterTheName() {
        List<Match> found = people("Jorio Dauster, president of the Brazilian Coffee Institute, said prices would "
                + "rise. Kiichi Tanaka, Japan's deputy finance minister, agreed.", D1987);

        assertThat(found).extracting(Match::text, Match::country, Match::role)
                .containsExactly(tuple("Jorio Dauster", "BRA", "president of the Brazilian Coffee Institute"),
                        tuple("Kiichi Tanaka", "JPN", "deputy finance minister"));
    }

    @Test
    void shouldFindAPersonBeforeAReportingVerbOrAfterAnHonorific() {
        List<Match> found = people("Comissaria Smith said the crop was late. Growers met Mr. Oduya on Friday.",
                D1987);

        assertThat(found).extracting(Match::text).containsExactly("Smith", "Oduya");
    }

    @Test
    void shouldLinkAGazetteerPersonNamedBySurnameAfterATitle() {
        List<Match> found = people("Kremlin spokesman Peskov said Russia was ready.", D2026);

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.entity().id()).isEqualTo("person:dmitry-peskov");
            assertThat(m.form()).isEqualTo(Match.Form.SURNAME);
            assertThat(m.country()).isEqualTo("RUS");
        });
    }

    @Test
    void shouldLinkATitleAndSurnameToItsLastHolderWhenNobodyHoldsItOnTheDay() {
        List<Match> found = people("President Bush threatened Russia. Prime Minister Thatcher criticised France.",
                D2026);

        assertThat(found).extracting(m -> m.entity().id(), Match::country).containsExactly(
                tuple("person:george-w-bush", "USA"), tuple("person:margaret-thatcher", "GBR"));
        assertThat(people("President Bush threatened Russia.", LocalDate.of(1960, 1, 1)))
                .as("before anyone of the name held the office").extracting(m -> m.entity().id())
                .containsExactly("unlinked:person:bush");
    }

    @Test
    void shouldLinkAHeadOfStatesTitleToAFormerMemberOfGovernmentWithNoPortfolio() {
        assertThat(people("President Fujimori apologized. President Abacha accused Britain.", D2026))
                .extracting(m -> m.entity().id(), Match::country).containsExactly(
                        tuple("person:alberto-fujimori", "PER"), tuple("person:sani-abacha", "NGA"));
    }

    @Test
    void shouldLinkAFullNameToItsHolderAfterTheyLeftPublicLifeButNotANamesakeWithOtherNames() {
        assertThat(people("President Daniel arap Moi accused Uganda.", D2026)).extracting(m -> m.entity().id())
                .containsExactly("person:daniel-arap-moi");
        assertThat(people("Pope John Paul II spoke.", D2026)).extracting(m -> m.entity().id())
                .doesNotContain("person:john-warburton-paul");
    }

    @Test
    void shouldTakeTheLongestServingOfEquallyGoodNamesakesOfOneCountry() {
        assertThat(people("President Museveni accused Rwanda.", D2026)).extracting(m -> m.entity().id())
                .containsExactly("person:yoweri-museveni");
    }

    @Test
    void shouldMatchALoneNameFromTheDayItsHolderEntersPublicLife() {
        assertThat(people("Netanyahu spoke to reporters.", D2026)).extracting(m -> m.entity().id())
                .containsExactly("person:benjamin-netanyahu");
        assertThat(people("Pezeshkian spoke to reporters.", D1987)).extracting(m -> m.entity().id())
                .as("not yet in public life").containsExactly("unlinked:person:pezeshkian");
    }

    @Test
    void shouldKnowTheLeadersOfTheNinetiesConflicts() {
        assertThat(people("Milosevic met Izetbegovic and Tudjman in Dayton.", LocalDate.of(1995, 11, 1)))
                .extracting(m -> m.entity().id(), Match::country).contains(
                        tuple("person:slobodan-milosevic", "SRB"), tuple("person:alija-izetbegovic", "BIH"));
    }

    @Test
    void shouldMatchALoneNameToItsHolderAfterTheyLeftOffice() {
        assertThat(people("Mubarak met Arafat in Cairo.", D2026)).extracting(m -> m.entity().id(), Match::country)
                .containsExactly(tuple("person:hosni-mubarak", "EGY"), tuple("person:yasir-arafat", "PSE"));
    }

    @Test
    void shouldLinkLaterSurnameMentionsToThePersonFirstNamedInFull() {
        List<Match> found = people("PESKOV SAYS TALKS GO ON", "Kremlin spokesman Dmitry Peskov spoke on Friday. "
                + "Peskov said Moscow would announce the results.", D2026);

        assertThat(found).extracting(Match::text).containsExactly("PESKOV", "Dmitry Peskov", "Peskov");
        assertThat(found).extracting(m -> m.entity().id()).containsOnly("person:dmitry-peskov");
    }

    @Test
    void shouldReadNamesInHeadlinesWrittenInCapitals() {
        List<Match> found = people("TREASURY'S BAKER SAYS DOLLAR STABLE", "", D1987);

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.entity().id()).isEqualTo("person:james-baker");
            assertThat(m.entity().countryAt(D1987)).isEqualTo("USA");
        });
    }

    @Test
    void shouldNotTakeCompaniesOrEmployersForPeople() {
        List<Match> all = tagger.tag(StoryText.of("", "Sears, Roebuck and Co said profits rose. Sears said more. "
                + "Texaco Inc said it agreed. \"It is good,\" said Drexel Burnham Lambert analyst Norman Mains."),
                D1987);

        assertThat(all).filteredOn(m -> m.entity().type() == EntityType.PERSON).extracting(Match::text)
                .containsExactly("Norman Mains");
        assertThat(all).filteredOn(m -> m.entity().type() == EntityType.ORGANIZATION).extracting(Match::text)
                .contains("Sears, Roebuck and Co", "Texaco Inc");
    }

    @Test
    void shouldKeepNamesWithParticlesInitialsAndHyphens() {
        List<Match> found = people("Secretary-General Javier Perez de Cuellar met chairman Li Ka-shing and "
                + "investor Carl C. Icahn.", D1987);

        assertThat(found).extracting(Match::text)
                .containsExactly("Javier Perez de Cuellar", "Li Ka-shing", "Carl C. Icahn");
    }
}
