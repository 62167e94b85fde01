package io.dateline.enrich.tag;

import io.dateline.enrich.text.Token;
import io.dateline.enrich.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The knowledge base, loaded from the TSV files under {@code src/main/resources/io/dateline/enrich/gazetteer/} (their
 * README gives the format and the provenance): every country with its names and demonyms, cities, regions,
 * institutions and organisations, people with their dated roles, and phrases that must not be read as places.
 * Immutable and thread-safe.
 */
public final class Gazetteer {

    /** Classpath folder of the data files. */
    public static final String RESOURCES = "/io/dateline/enrich/gazetteer/";

    /** A country of ISO 3166-1, a former state of ISO 3166-3, or a user-assigned code in common use (Kosovo, XKX). */
    public record Country(String iso3, String iso2, Kind kind, String name, List<String> demonyms) {
        public Country {
            demonyms = List.copyOf(demonyms);
        }


        /** Where the code comes from. */
        public enum Kind {
            ISO, FORMER, USER_ASSIGNED
        }
    }

    /**
     * What a phrase names: an entity in some form, or nothing at all (a stop phrase such as {@code French fries}, which
     * is matched only so that no shorter phrase inside it is). Two people may share a name ({@code George Bush}): the
     * others are {@code alternatives}, and the story's date decides ({@link #resolve}).
     */
    public record Name(Optional<KnownEntity> entity, Match.Form form, List<KnownEntity> alternatives) {
        public Name {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(form, "form");
            alternatives = List.copyOf(alternatives);
        }

        public Name(Optional<KnownEntity> entity, Match.Form form) {
            this(entity, form, List.of());
        }

        /** The same name, naming one more person. */
        Name with(KnownEntity alternative) {
            List<KnownEntity> more = new ArrayList<>(alternatives);
            more.add(alternative);
            return new Name(entity, form, more);
        }

        /** The entity meant on {@code date}: among namesakes, one active then, else the first. */
        public Optional<KnownEntity> resolve(LocalDate date) {
            if (alternatives.isEmpty() || entity.isEmpty()) {
                return entity;
            }
            List<KnownEntity> all = new ArrayList<>();
            all.add(entity.get());
            all.addAll(alternatives);
            return Optional.of(People.pick(all, date, null).orElse(entity.get()));
        }
    }

    private static final class Standard {
        private static final Gazetteer INSTANCE = GazetteerLoader.load(RESOURCES);
    }

    private final String version;
    private final Map<String, Country> countries;
    private final Map<String, KnownEntity> entities;
    private final PhraseTrie<Name> names;
    private final People people;
    private final Map<String, String> datelineQualifiers;

    Gazetteer(String version, Map<String, Country> countries, Map<String, KnownEntity> entities,
              PhraseTrie<Name> names, People people, Map<String, String> datelineQualifiers) {
        this.version = version;
        this.countries = Map.copyOf(countries);
        this.entities = new LinkedHashMap<>(entities);
        this.names = names;
        this.people = people;
        this.datelineQualifiers = Map.copyOf(datelineQualifiers);
    }

    /** The gazetteer shipped with this module, loaded once. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** The shipped gazetteer loaded afresh from its files (for measuring the load; use {@link #standard()}). */
    public static Gazetteer load() {
        return GazetteerLoader.load(RESOURCES);
    }

    /** The version of the data files, as their {@code gazetteer.properties} says. */
    public String version() {
        return version;
    }

    /** Every country by ISO alpha-3 code. */
    public Map<String, Country> countries() {
        return countries;
    }

    /** Every entity, in the order of the data files. */
    public List<KnownEntity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<KnownEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** How many phrases (names, variants, demonyms, stop phrases) it matches. */
    public int phraseCount() {
        return names.size();
    }

    /** What exactly {@code phrase} names, case-sensitively, if it is one of the gazetteer's phrases. */
    public Optional<Name> lookup(String phrase) {
        List<String> tokens = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        return tokens.isEmpty() ? Optional.empty() : Optional.ofNullable(names.get(tokens));
    }

    /** The people, by surname and given name. */
    public People people() {
        return people;
    }

    /**
     * The country a dateline's state or province abbreviation stands for ({@code NEB} → USA, {@code ONT} → CAN),
     * given in capitals without full stops; empty when it is none.
     */
    public Optional<String> datelineQualifier(String abbreviation) {
        return Optional.ofNullable(datelineQualifiers.get(abbreviation));
    }

    PhraseTrie<Name> names() {
        return names;
    }
}
