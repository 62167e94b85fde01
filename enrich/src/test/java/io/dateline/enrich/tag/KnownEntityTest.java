package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.avro.EntityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnownEntityTest {

    private static final LocalDate D1987 = LocalDate.of(1987, 3, 1);

    private static KnownEntity person(String id, String country, Tenure... tenures) {
        return new KnownEntity(id, EntityType.PERSON, null, id, country, null, List.of(tenures));
    }

    private static Tenure tenure(String country, String role, String from, String to, boolean curated) {
        return new Tenure(country, role, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), curated);
    }

    @Test
    void shouldPreferACuratedTenureThenAnOfficeThenTheShortest() {
        KnownEntity baker = person("baker", "USA",
                tenure("USA", null, "1948-01-01", null, false),
                tenure("USA", "government", "1981-01-20", "1989-01-20", false),
                tenure("USA", "Treasury Secretary", "1985-02-04", "1988-08-17", true));

        assertThat(baker.roleAt(D1987)).isEqualTo("Treasury Secretary");
        assertThat(baker.roleAt(LocalDate.of(1983, 1, 1))).isEqualTo("government");
        assertThat(baker.roleAt(LocalDate.of(1995, 1, 1))).isNull();
        assertThat(baker.isActiveAt(LocalDate.of(1995, 1, 1))).isTrue();
    }

    @Test
    void shouldEndATenureTheDayTheSuccessorTookOffice() {
        KnownEntity reagan = person("reagan", "USA", tenure("USA", "President", "1981-01-20", "1989-01-20", true));

        assertThat(reagan.roleAt(LocalDate.of(1989, 1, 19))).isEqualTo("President");
        assertThat(reagan.roleAt(LocalDate.of(1989, 1, 20))).isNull();
        assertThat(reagan.isActiveAt(LocalDate.of(1989, 1, 20))).isFalse();
    }

    @Test
    void shouldStandForNoCountryInTheOfficeOfAnInternationalOrganisation() {
        KnownEntity camdessus = person("camdessus", "FRA",
                tenure(null, "IMF Managing Director", "1987-01-16", "2000-02-14", true));

        assertThat(camdessus.countryAt(D1987)).isNull();
        assertThat(camdessus.countryAt(LocalDate.of(2005, 1, 1))).isEqualTo("FRA");
    }

    @Test
    void shouldKeepAnInternationalOfficeAsWhatAPersonIsKnownForUntilANationalOneFollows() {
        KnownEntity annan = person("kofi-annan", "GHA", tenure(null, "UN Secretary-General",
                "1997-01-01", "2007-01-01", true));
        KnownEntity rasmussen = person("anders-fogh-rasmussen", "DNK",
                tenure("DNK", "Prime Minister", "2001-11-27", "2009-04-05", true),
                tenure(null, "NATO Secretary General", "2009-08-01", "2014-10-01", true));
        KnownEntity elbaradei = person("mohamed-elbaradei", "EGY",
                tenure(null, "IAEA Director General", "1997-12-01", "2009-12-01", true),
                tenure("EGY", "Vice President", "2013-07-14", "2013-08-14", true));

        assertThat(annan.internationalOfficeAt(LocalDate.of(2003, 1, 1))).as("in office").isTrue();
        assertThat(annan.internationalOfficeAt(LocalDate.of(2026, 1, 1))).as("after it").isTrue();
        assertThat(annan.internationalOfficeAt(LocalDate.of(1990, 1, 1))).as("before it").isFalse();
        assertThat(rasmussen.internationalOfficeAt(LocalDate.of(2005, 1, 1))).as("prime minister then").isFalse();
        assertThat(rasmussen.internationalOfficeAt(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(elbaradei.internationalOfficeAt(LocalDate.of(2026, 1, 1))).as("a national office came last")
                .isFalse();
    }

    @Test
    void shouldUseTheUndatedTenureWhenNoDateIsKnown() {
        KnownEntity found = person("smith", null, tenure("RUS", "spokesman", null, null, false));

        assertThat(found.roleAt(null)).isEqualTo("spokesman");
        assertThat(found.countryAt(D1987)).isEqualTo("RUS");
    }

    @Test
    void shouldRejectATenureThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> tenure("USA", "President", "1990-01-01", "1989-01-01", true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPickTheOfficeHolderOfTheDateAmongNamesakes() {
        KnownEntity james = person("james-baker", "USA", tenure("USA", "Treasury Secretary", "1985-02-04",
                "1988-08-17", true));
        KnownEntity howard = person("howard-baker", "USA", tenure("USA", "White House Chief of Staff", "1987-02-27",
                "1988-07-01", true));
        List<KnownEntity> bakers = List.of(james, howard);

        assertThat(People.pickOfficeHolder(bakers, D1987, null, null)).isEmpty();
        assertThat(People.pickOfficeHolder(bakers, D1987, null, "Treasury")).containsSame(james);
        assertThat(People.pickOfficeHolder(bakers, LocalDate.of(1986, 1, 1), null, null)).containsSame(james);
        assertThat(People.pickOfficeHolder(bakers, LocalDate.of(2000, 1, 1), null, null)).isEmpty();
    }
}
