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
