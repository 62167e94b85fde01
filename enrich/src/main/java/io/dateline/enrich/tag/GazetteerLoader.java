package io.dateline.enrich.tag;

import io.dateline.avro.EntityType;
import io.dateline.enrich.tag.Gazetteer.Country;
import io.dateline.enrich.tag.Gazetteer.Name;
import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Data files → {@link Gazetteer}. Each TSV line is one entity; {@code #} starts a comment line; a list field separates
 * its items with {@code |}; an empty field or {@code -} means none. A name given in the files must start with a capital
 * or a digit and may name one entity only; a generated variant that another entity's name already holds is dropped.
 * Any error in the data fails the load with the file and line.
 */
final class GazetteerLoader {

    private static final String COUNTRY = "country";
    private static final String CITY = "city";
    private static final String REGION = "region";

    /** A phrase waiting to go into the trie: explicit ones first, so a generated variant never shadows them. */
    private record Pending(List<String> tokens, Name name, String origin) {
    }

    private final String folder;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, KnownEntity> entities = new LinkedHashMap<>();
    private final List<Pending> explicit = new ArrayList<>();
    private final List<Pending> generated = new ArrayList<>();

    private GazetteerLoader(String folder) {
        this.folder = folder;
    }

    /** Loads the files under classpath folder {@code folder} (with trailing slash). */
    static Gazetteer load(String folder) {
        GazetteerLoader loader = new GazetteerLoader(folder);
        String version = loader.version();
        loader.read("countries.tsv", 6, loader::country);
        loader.read("institutions.tsv", 3, loader::institution);
        loader.read("cities.tsv", 3, loader::city);
        loader.read("regions.tsv", 3, loader::region);
        loader.read("stop-phrases.tsv", 1, loader::stopPhrase);
        return new Gazetteer(version, loader.countries, loader.entities, loader.trie());
    }

    private void country(String origin, String[] f) {
        String iso3 = f[0];
        Country.Kind kind = Country.Kind.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_'));
        Country country = new Country(iso3, orNull(f[1]), kind, f[3]);
        if (countries.putIfAbsent(iso3, country) != null) {
            throw new IllegalStateException(origin + ": country " + iso3 + " is listed twice");
        }
        KnownEntity entity = new KnownEntity(COUNTRY + ":" + iso3, EntityType.LOCATION, COUNTRY, f[3], iso3,
                country.iso2());
        add(origin, entity, f[3], list(f[4]), Match.Form.NAME);
        List<String> demonyms = new ArrayList<>();
        for (String demonym : list(f[5])) {
            demonyms.add(demonym);
            String plural = Names.plural(demonym);
            if (plural != null) {
                demonyms.add(plural);
            }
        }
        names(origin, entity, demonyms, Match.Form.DEMONYM);
    }

    private void institution(String origin, String[] f) {
        KnownEntity entity = new KnownEntity("org:" + Names.slug(f[1]), EntityType.ORGANIZATION, null, f[1],
                knownCountry(origin, f[0]), null);
        add(origin, entity, f[1], list(f[2]), Match.Form.NAME);
    }

    private void city(String origin, String[] f) {
        KnownEntity entity = new KnownEntity(CITY + ":" + Names.slug(f[1]), EntityType.LOCATION, CITY, f[1],
                knownCountry(origin, f[0]), null);
        add(origin, entity, f[1], list(f[2]), Match.Form.NAME);
    }

    private void region(String origin, String[] f) {
        String country = orNull(f[0]) == null ? null : knownCountry(origin, f[0]);
        KnownEntity entity = new KnownEntity(REGION + ":" + Names.slug(f[1]), EntityType.LOCATION, REGION, f[1],
                country, null);
        add(origin, entity, f[1], list(f[2]), Match.Form.NAME);
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

    private String version() {
        Properties properties = new Properties();
        try (InputStream in = open("gazetteer.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(folder + "gazetteer.properties has no version");
        }
        return version.trim();
    }

    private interface LineHandler {
        void accept(String origin, String[] fields);
    }

    private void read(String file, int columns, LineHandler handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String origin = file + ":" + number;
                String[] fields = Arrays.copyOf(line.split("\t", -1), columns);
                for (int i = 0; i < columns; i++) {
                    fields[i] = fields[i] == null ? "" : fields[i].trim();
                }
                handler.accept(origin, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + file, e);
        }
    }

    private InputStream open(String file) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("Missing gazetteer file " + folder + file);
        }
        return in;
    }

    private static List<String> list(String field) {
        if (orNull(field) == null) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String orNull(String field) {
        return field == null || field.isEmpty() || "-".equals(field) ? null : field;
    }
}
