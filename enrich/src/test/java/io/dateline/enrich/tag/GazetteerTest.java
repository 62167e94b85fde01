package io.dateline.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.Gazetteer.Country;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    /** The ISO 3166-3 alpha-3 codes of withdrawn countries the gazetteer lists as former states. */
    private static final Set<String> FORMER_CODES = Set.of("SUN", "DDR", "YUG", "CSK", "YMD", "ANT");

    private final Gazetteer gazetteer = Gazetteer.standard();

    private static Map<String, List<String>> demonymsByCountry() throws IOException {
        Map<String, List<String>> result = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCES + "countries.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
                String[] fields = line.split("\t");
                result.put(fields[0], "-".equals(fields[5]) ? List.of() : List.of(fields[5].split("\\|")));
            });
        }
        return result;
    }

    @Test
    void shouldListEveryIsoCountryWithItsCodes() {
        Set<String> jdk = Arrays.stream(Locale.getISOCountries())
                .map(alpha2 -> new Locale("", alpha2).getISO3Country())
                .collect(Collectors.toSet());

        Set<String> iso = gazetteer.countries().values().stream()
                .filter(c -> c.kind() == Country.Kind.ISO).map(Country::iso3).collect(Collectors.toSet());

        assertThat(iso).isEqualTo(jdk);
        assertThat(gazetteer.countries().values()).filteredOn(c -> c.kind() == Country.Kind.ISO)
                .allSatisfy(c -> assertThat(new Locale("", c.iso2()).getISO3Country()).isEqualTo(c.iso3()));
    }

    @Test
    void shouldUseOnlyIsoCodesForFormerAndUserAssignedCountries() {
        assertThat(gazetteer.countries().values()).filteredOn(c -> c.kind() == Country.Kind.FORMER)
                .extracting(Country::iso3).containsExactlyInAnyOrderElementsOf(FORMER_CODES);
        assertThat(gazetteer.countries().values()).filteredOn(c -> c.kind() == Country.Kind.USER_ASSIGNED)
                .extracting(Country::iso3).containsExactly("XKX");
    }

    @Test
    void shouldGiveEveryEntityAUniqueWellFormedId() {
        List<KnownEntity> entities = gazetteer.entities();

        assertThat(entities).extracting(KnownEntity::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(country:[A-Z]{3}|(city|region|org|person):[a-z0-9]+(-[a-z0-9]+)*)"),
                        "well-formed");
    }

    @Test
    void shouldPointEveryCityInstitutionAndCountryEntityToAKnownCountry() {
        assertThat(gazetteer.entities())
                .filteredOn(e -> e.type() == EntityType.LOCATION && !"region".equals(e.subtype())
                        || "government".equals(e.subtype()) || "central-bank".equals(e.subtype()))
                .allSatisfy(e -> assertThat(gazetteer.countries()).containsKey(e.country()));
        assertThat(gazetteer.entities()).filteredOn(e -> e.country() != null)
                .allSatisfy(e -> assertThat(gazetteer.countries()).containsKey(e.country()));
    }

    @Test
    void shouldTypeEntitiesByTheirKind() {
        assertThat(gazetteer.entity("country:IRN")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            assertThat(e.subtype()).isEqualTo("country");
            assertThat(e.name()).isEqualTo("Iran");
            assertThat(e.externalId()).isEqualTo("IR");
        });
        assertThat(gazetteer.entity("city:tehran")).hasValueSatisfying(e -> {
            assertThat(e.subtype()).isEqualTo("city");
            assertThat(e.country()).isEqualTo("IRN");
        });
        assertThat(gazetteer.entity("org:kremlin")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(e.country()).isEqualTo("RUS");
        });
    }

    @Test
    void shouldKeepEveryTenureInOrderInAKnownCountryOrAnInternationalOffice() {
        List<KnownEntity> people = gazetteer.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();

        assertThat(people).hasSizeGreaterThan(17_000);
        assertThat(people).allSatisfy(person -> {
            assertThat(person.id()).startsWith("person:");
            assertThat(person.tenures()).as(person.id()).isNotEmpty().allSatisfy(tenure -> {
                assertThat(tenure.from() == null || tenure.to() == null || !tenure.to().isBefore(tenure.from()))
                        .as("%s %s..%s", person.id(), tenure.from(), tenure.to()).isTrue();
                assertThat(tenure.country() == null || gazetteer.countries().containsKey(tenure.country()))
                        .as("%s %s", person.id(), tenure.country()).isTrue();
            });
        });
    }

    @Test
    void shouldGiveEachPersonTheRoleInForceOnADate() {
        KnownEntity putin = gazetteer.entity("person:vladimir-putin").orElseThrow();
        KnownEntity netanyahu = gazetteer.entity("person:benjamin-netanyahu").orElseThrow();
        KnownEntity trump = gazetteer.entity("person:donald-trump").orElseThrow();

        assertThat(putin.roleAt(LocalDate.of(2009, 6, 1))).isEqualTo("Prime Minister");
        assertThat(putin.roleAt(LocalDate.of(2026, 1, 16))).isEqualTo("President");
        assertThat(netanyahu.roleAt(LocalDate.of(1997, 1, 1))).isEqualTo("Prime Minister");
        assertThat(netanyahu.roleAt(LocalDate.of(2001, 1, 1))).isNull();
        assertThat(netanyahu.countryAt(LocalDate.of(2001, 1, 1))).isEqualTo("ISR");
        assertThat(trump.roleAt(LocalDate.of(2019, 1, 1))).isEqualTo("President");
        assertThat(trump.roleAt(LocalDate.of(2023, 1, 1))).isNull();
        assertThat(trump.roleAt(LocalDate.of(2025, 2, 1))).isEqualTo("President");
    }

    @Test
    void shouldTellTheDatelineQualifiersOfStatesAndProvinces() {
        assertThat(gazetteer.datelineQualifier("NEB")).hasValue("USA");
        assertThat(gazetteer.datelineQualifier("ONT")).hasValue("CAN");
        assertThat(gazetteer.datelineQualifier("PARIS")).isEmpty();
    }

    @Test
    void shouldBringLeadersUpToDateBeyondTheConvertedDictionaries() {
        assertThat(gazetteer.entity("person:masud-pezeshkian")).hasValueSatisfying(person -> {
            assertThat(person.name()).isEqualTo("Masoud Pezeshkian");
            assertThat(person.roleAt(LocalDate.of(2025, 1, 1))).isEqualTo("President");
        });
        assertThat(gazetteer.entity("person:dmitry-peskov")).hasValueSatisfying(person ->
                assertThat(person.roleAt(LocalDate.of(2026, 1, 16))).isEqualTo("Kremlin spokesman"));
        assertThat(gazetteer.people().withLoneName("Netanyahu")).extracting(KnownEntity::id)
                .containsExactly("person:benjamin-netanyahu");
    }

    @Test
    void shouldHaveACityForEveryUnMemberThatIsNotACityState() {
        Set<String> withCity = gazetteer.entities().stream().filter(e -> "city".equals(e.subtype()))
                .map(KnownEntity::country).collect(Collectors.toSet());
        // city-states, and countries whose capital is too ambiguous to tag (see the gazetteer README)
        Set<String> exempt = Set.of("SGP", "MCO", "SMR", "LUX", "DJI", "STP", "SYC", "JAM", "GUY", "CRI", "MDV",
                "ATG", "GRD");

        assertThat(UnMembers.CODES).filteredOn(code -> !exempt.contains(code))
                .allSatisfy(code -> assertThat(withCity).as("a city of %s", code).contains(code));
    }

    @Test
    void shouldGiveEveryUnMemberADemonymThatNamesIt() throws IOException {
        Map<String, List<String>> demonyms = demonymsByCountry();
        // "Dominican" is the Dominican Republic's, "Congolese" the Democratic Republic of the Congo's
        assertThat(UnMembers.CODES).filteredOn(code -> !Set.of("DMA", "COG").contains(code))
                .allSatisfy(code -> assertThat(demonyms.get(code)).as(code).isNotEmpty());
        demonyms.forEach((code, words) -> words.forEach(word -> assertThat(gazetteer.lookup(word))
                .as(word).flatMap(Gazetteer.Name::entity).map(KnownEntity::country).hasValue(code)));
        for (String demonym : List.of("Iranian", "Israeli", "Saudi", "Russian", "French", "Chinese", "Iranians",
                "Israelis", "Saudis")) {
            assertThat(gazetteer.lookup(demonym)).as(demonym)
                    .hasValueSatisfying(name -> assertThat(name.form()).isEqualTo(Match.Form.DEMONYM));
        }
    }

    @Test
    void shouldStartEveryNameWithACapitalSoNoCommonWordMatches() {
        for (String word : List.of("turkey", "china", "chad", "us", "jordan", "guinea")) {
            assertThat(gazetteer.lookup(word)).as(word).isEmpty();
        }
    }

    @Test
    void shouldAddVariantsWithoutDiacriticsAndWithSaintAbbreviated() {
        assertThat(gazetteer.lookup("Cote d'Ivoire")).flatMap(Gazetteer.Name::entity)
                .map(KnownEntity::country).hasValue("CIV");
        assertThat(gazetteer.lookup("St. Lucia")).flatMap(Gazetteer.Name::entity)
                .map(KnownEntity::country).hasValue("LCA");
        assertThat(gazetteer.lookup("Trinidad & Tobago")).flatMap(Gazetteer.Name::entity)
                .map(KnownEntity::country).hasValue("TTO");
    }

    @Test
    void shouldReportItsVersion() {
        assertThat(gazetteer.version()).isNotBlank();
        assertThat(gazetteer.phraseCount()).isGreaterThan(20_000);
    }
}
