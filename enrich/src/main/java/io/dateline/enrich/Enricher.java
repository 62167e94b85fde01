package io.dateline.enrich;

import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.Mention;
import io.dateline.avro.RawStory;
import io.dateline.schemas.StoryRecords;
import io.dateline.enrich.tag.CountrySalience;
import io.dateline.enrich.tag.DatelineResolver;
import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.KnownEntity;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.Tagger;
import io.dateline.enrich.names.Lexicon;
import io.dateline.enrich.event.EventCoder;
import io.dateline.enrich.event.StoryEscalation;
import io.dateline.avro.Event;
import io.dateline.enrich.text.StoryText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RawStory → EnrichedStory: every story field copied as it is, plus the entities the tagger finds in
 * {@code headline + "\n\n" + body} (one per distinct entity, in order of first mention, with every mention; a person
 * with their role and country on the story's date), the countries the story is about (dateline first, then by
 * salience: {@link CountrySalience}), the political events of each sentence ({@link EventCoder}) and the story's
 * escalation ({@link StoryEscalation}), the enrichment version and the time of enrichment. The story's date is
 * {@code versionCreated}, else {@code firstCreated}, else {@code received}. Entities hold every country mentioned;
 * {@code countries} only those the story is about. Pure apart from the clock; thread-safe.
 */
public final class Enricher {

    /** Version of the enrichment rules; goes into {@code enrichmentVersion} with the gazetteer's version. */
    public static final String RULES_VERSION = "entities-4+events-14";

    private final Tagger tagger;
    private final DatelineResolver datelines;
    private final String enrichmentVersion;
    private final Clock clock;
    private final EventCoder events = EventCoder.standard();

    /**
     * @param tagger            finds the entity mentions
     * @param datelines         resolves the dateline to a country
     * @param enrichmentVersion what goes into {@code enrichmentVersion}
     * @param clock             gives {@code enrichedAt}
     */
    public Enricher(Tagger tagger, DatelineResolver datelines, String enrichmentVersion, Clock clock) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.datelines = Objects.requireNonNull(datelines, "datelines");
        this.enrichmentVersion = Objects.requireNonNull(enrichmentVersion, "enrichmentVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The enricher over the shipped gazetteer. */
    public static Enricher standard(Clock clock) {
        Gazetteer gazetteer = Gazetteer.standard();
        return new Enricher(new StoryTagger(gazetteer, Lexicon.standard()), new DatelineResolver(gazetteer),
                RULES_VERSION + " (gazetteer " + gazetteer.version() + ")", clock);
    }

    /** What {@link #enrich} writes into {@code enrichmentVersion}, e.g. {@code entities-3+events-3 (gazetteer 2)}. */
    public String version() {
        return enrichmentVersion;
    }

    public EnrichedStory enrich(RawStory story) {
        Objects.requireNonNull(story, "story");
        StoryText text = StoryText.of(story.getHeadline(), story.getBody());
        LocalDate date = dateOf(story);
        List<Match> matches = tagger.tag(text, date);
        List<String> countries = CountrySalience.rank(text, matches, datelines.countryOf(story.getDateline()));
        List<Event> coded = events.code(text, matches, date, countries);
        return StoryRecords.enrichedFrom(story)
                .setEntities(entities(matches, date))
                .setEvents(coded)
                .setEscalation(StoryEscalation.of(coded))
                .setCountries(countries)
                .setEnrichmentVersion(enrichmentVersion)
                .setEnrichedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    /** The day the story speaks of: {@code versionCreated}, else {@code firstCreated}, else {@code received}. */
    static LocalDate dateOf(RawStory story) {
        Instant when = story.getVersionCreated() != null ? story.getVersionCreated()
                : story.getFirstCreated() != null ? story.getFirstCreated() : story.getReceived();
        return when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
    }

    /**
     * One Entity per distinct entity, in order of first mention, each with all its mentions in text order; a person's
     * role is that of their tenure on {@code date}, else the first the text gave them.
     */
    static List<Entity> entities(List<Match> matches, LocalDate date) {
        Map<String, List<Match>> byEntity = new LinkedHashMap<>();
        for (Match match : matches) {
            byEntity.computeIfAbsent(match.entity().id(), id -> new ArrayList<>()).add(match);
        }
        List<Entity> entities = new ArrayList<>(byEntity.size());
        for (List<Match> mentions : byEntity.values()) {
            KnownEntity known = mentions.get(0).entity();
            entities.add(Entity.newBuilder()
                    .setId(known.id())
                    .setType(known.type())
                    .setName(known.name())
                    .setCountry(known.type() == EntityType.PERSON && known.country() != null ? known.country()
                            : mentions.get(0).country())
                    .setExternalId(known.externalId())
                    .setRole(role(known, mentions, date))
                    .setSubtype(known.subtype())
                    .setMentions(mentionsOf(mentions))
                    .build());
        }
        return entities;
    }

    private static List<Mention> mentionsOf(List<Match> matches) {
        List<Mention> mentions = new ArrayList<>(matches.size());
        for (Match m : matches) {
            mentions.add(new Mention(m.begin(), m.end(), m.text()));
        }
        return mentions;
    }

    private static String role(KnownEntity entity, List<Match> mentions, LocalDate date) {
        String role = entity.roleAt(date);
        if (role != null) {
            return role;
        }
        for (Match mention : mentions) {
            if (mention.role() != null) {
                return mention.role();
            }
        }
        return null;
    }
}
