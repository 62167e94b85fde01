package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.Gazetteer.Country;
import io.dateline.enrich.tag.Gazetteer.Name;
import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Data files → {@link Gazetteer}. Each TSV row is one entity (format in {@link TsvFiles} and the README). A name given
 * in the files must start with a capital or a digit and may name one place or organisation only; a generated variant
 * that another entity's name already holds is dropped. People come last: a person's name that a place or organisation
 * already holds is not theirs to take, and people who share a name are all kept, for the story's date to decide. Any
 * error in the data fails the load with the file and line.
 */
final class GazetteerLoader {

    private static final String COUNTRY = "country";

    /** A phrase waiting to go into the trie: explicit ones first, so a generated variant never shadows them. */
    private record Pending(List<String> tokens, Name name, String origin) {
    }

    private final TsvFiles files;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, KnownEntity> entities = new LinkedHashMap<>();
    private final List<Pending> explicit = new ArrayList<>();
    private final List<Pending> generated = new ArrayList<>();
    private final People.Builder people = new People.Builder();

    private GazetteerLoader(String folder) {
        this.files = new TsvFiles(folder);
    }

    /** Loads the files under classpath folder {@code folder} (with trailing slash). */
    static Gazetteer load(String folder) {
        GazetteerLoader loader = new GazetteerLoader(folder);
        String version = loader.files.version();
        loader.files.read("countries.tsv", 6, loader::country);
        loader.files.read("institutions.tsv", 3, (origin, f) -> loader.organization(origin, f[0], "government",
                f[1], f[2]));
        loader.files.read("organizations.tsv", 4, (origin, f) -> loader.organization(origin, f[0], f[1], f[2],
                f[3]));
        loader.files.read("cities.tsv", 3, (origin, f) -> loader.place(origin, "city", f));
        loader.files.read("regions.tsv", 3, (origin, f) -> loader.place(origin, "region", f));
        loader.files.read("stop-phrases.tsv", 1, loader::stopPhrase);
        PhraseTrie<Name> trie = loader.trie();
        PersonNames.add(PeopleLoader.load(loader.files, loader.countries.keySet()), trie, loader.people,
                loader.entities);
        loader.files.read("given-names.txt", 1, (origin, f) -> loader.people.givenName(f[0]));
        Map<String, String> qualifiers = new LinkedHashMap<>();
        loader.files.read("dateline-qualifiers.tsv", 2, (origin, f) -> {
            if (!f[0].matches("[A-Z]+") || qualifiers.put(f[0], loader.knownCountry(origin, f[1])) != null) {
                throw new IllegalStateException(origin + ": malformed or repeated abbreviation '" + f[0] + "'");
            }
        });
        return new Gazetteer(version, loader.countries, loader.entities, trie, loader.people.build(), qualifiers);
    }

    private void country(String origin, String[] f) {
        String iso3 = f[0];
        Country.Kind kind = Country.Kind.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_'));
        Country country = new Country(iso3, TsvFiles.orNull(f[1]), kind, f[3], TsvFiles.list(f[5]));
        if (countries.putIfAbsent(iso3, country) != null) {
            throw new IllegalStateException(origin + ": country " + iso3 + " is listed twice");
        }
        KnownEntity entity = new KnownEntity(COUNTRY + ":" + iso3, EntityType.LOCATION, COUNTRY, f[3], iso3,
                country.iso2());
        add(origin, entity, f[3], TsvFiles.list(f[4]), Match.Form.NAME);
        List<String> demonyms = new ArrayList<>();
        for (String demonym : TsvFiles.list(f[5])) {
            demonyms.add(demonym);
            String plural = Names.plural(demonym);
            if (plural != null) {
                demonyms.add(plural);
            }
        }
        names(origin, entity, demonyms, Match.Form.DEMONYM);
    }

    private void organization(String origin, String iso3, String subtype, String name, String aliases) {
        String country = TsvFiles.orNull(iso3) == null ? null : knownCountry(origin, iso3);
        if (!subtype.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalStateException(origin + ": malformed subtype '" + subtype + "'");
        }
        KnownEntity entity = new KnownEntity("org:" + Names.slug(name), EntityType.ORGANIZATION, subtype, name,
                country, null);
        add(origin, entity, name, TsvFiles.list(aliases), Match.Form.NAME);
    }

    private void place(String origin, String subtype, String[] f) {
        String country = TsvFiles.orNull(f[0]) == null ? null : knownCountry(origin, f[0]);
        if (country == null && "city".equals(subtype)) {
            throw new IllegalStateException(origin + ": a city needs a country");
        }
        KnownEntity entity = new KnownEntity(subtype + ":" + Names.slug(f[1]), EntityType.LOCATION, subtype, f[1],
                country, null);
        add(origin, entity, f[1], TsvFiles.list(f[2]), Match.Form.NAME);
    }

    private void stopPhrase(String origin, String[] f) {
        explicit.add(new Pending(tokens(origin, f[0]), new Name(Optional.empty(), Match.Form.NAME), origin));
    }

    private void add(String origin, KnownEntity entity, String name, List<String> aliases, Match.Form form) {
        if (entities.putIfAbsent(entity.id(), entity) != null) {
            throw new IllegalStateException(origin + ": id " + entity.id() + " is used twice");
        }
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        names(origin, entity, all, form);
    }

    private void names(String origin, KnownEntity entity, List<String> given, Match.Form form) {
        Name name = new Name(Optional.of(entity), form);
        for (String phrase : given) {
            boolean first = true;
            for (String variant : Names.variants(phrase)) {
                (first ? explicit : generated).add(new Pending(tokens(origin, variant), name, origin));
                first = false;
            }
        }
    }

    private PhraseTrie<Name> trie() {
        PhraseTrie<Name> trie = new PhraseTrie<>();
        for (Pending p : explicit) {
            Name before = trie.putIfAbsent(p.tokens(), p.name());
            if (before != null && !before.entity().equals(p.name().entity())) {
                throw new IllegalStateException(p.origin() + ": '" + String.join(" ", p.tokens()) + "' already names "
                        + before.entity().map(KnownEntity::id).orElse("a stop phrase"));
            }
        }
        for (Pending p : generated) {
            trie.putIfAbsent(p.tokens(), p.name());
        }
        return trie;
    }

    private String knownCountry(String origin, String iso3) {
        if (!countries.containsKey(iso3)) {
            throw new IllegalStateException(origin + ": unknown country " + iso3);
        }
        return iso3;
    }

    private static List<String> tokens(String origin, String phrase) {
        if (phrase.isEmpty() || !(Character.isUpperCase(phrase.charAt(0)) || Character.isDigit(phrase.charAt(0)))) {
            throw new IllegalStateException(origin + ": '" + phrase + "' must start with a capital or a digit");
        }
        return Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
    }
}
