package io.dateline.bench.sink;

import io.dateline.avro.Actor;
import io.dateline.avro.Dyad;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Entity;
import io.dateline.avro.EntityType;
import io.dateline.avro.Escalation;
import io.dateline.avro.Event;
import io.dateline.avro.InputFormat;
import io.dateline.avro.Mention;
import io.dateline.avro.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Enriched stories shaped like real wire copy after enrich, for load tests: a ~2 KB body of sentences, ~8 entities
 * (countries, people, organisations, a city) with their mentions, ~3 coded events between countries with a story
 * escalation, ~4 countries. Deterministic for a seed; ids are {@code prefix-n}.
 */
final class SyntheticStories {

    private static final String[] COUNTRIES = {"IRN", "USA", "ISR", "RUS", "UKR", "CHN", "TWN", "GBR", "FRA", "DEU",
        "TUR", "SYR", "IRQ", "SAU", "IND", "PAK", "PRK", "KOR", "JPN", "EGY"};
    private static final String[] WORDS = ("the minister said on friday that talks would resume next week after "
            + "officials from both sides met in the capital to discuss sanctions troops border ceasefire oil prices "
            + "markets fell sharply as investors weighed the risk of a wider conflict in the region while diplomats "
            + "urged restraint and called for an immediate end to the fighting government spokesman told reporters "
            + "agency reported missile strike drone attack negotiations aid convoy humanitarian corridor parliament "
            + "vote election opposition protest police arrested hundreds central bank interest rate inflation")
            .split(" ");
    private static final String[] EVENT_TYPES = {"THREATEN", "ACCUSE", "CONSULT", "COOPERATE", "ASSAULT", "SANCTION",
        "REQUEST", "PROTEST"};
    private static final String[] SECTORS = {"GOV", "MIL", "COP", "OPP", "REB", "CVL", "BUS", "MED", "IGO"};
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private final SplittableRandom random;
    private final String prefix;

    SyntheticStories(long seed, String prefix) {
        this.random = new SplittableRandom(seed);
        this.prefix = prefix;
    }

    /** Story number {@code n}, version 1. */
    EnrichedStory story(int n) {
        String body = body(2_000);
        String headline = sentence(8);
        List<String> countries = countries(4);
        Instant created = BASE.plusSeconds(random.nextInt(60 * 86_400));
        return EnrichedStory.newBuilder()
                .setId(prefix + "-" + n)
                .setVersion(1)
                .setAgency("AFP")
                .setFormat(InputFormat.NEWSML_G2)
                .setHeadline(headline)
                .setByline("By A. Correspondent")
                .setDateline("TEHRAN, Jan 16, 2026 (AFP)")
                .setBody(body)
                .setLanguage("en")
                .setUrgency(3)
                .setFirstCreated(created)
                .setVersionCreated(created.plusSeconds(30))
                .setReceived(created.plusSeconds(31))
                .setContentHash(Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()))
                .setProvenance(new Provenance("file", "/data/wire/" + n + ".xml", 0, "ingest-1", "newsml-1.0"))
                .setEntities(entities(countries, body.length()))
                .setEvents(events(countries, body.length()))
                .setCountries(countries)
                .setEscalation(new Escalation(random.nextDouble() * 10 - 5,
                        List.of(new Dyad(countries.get(0), countries.get(1), random.nextDouble() * 10 - 5, 2))))
                .setEnrichmentVersion("enrich-0.1.0+gazetteer-2026.01")
                .setEnrichedAt(created.plusSeconds(32))
                .build();
    }

    private List<String> countries(int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < count) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            if (!picked.contains(country)) {
                picked.add(country);
            }
        }
        return picked;
    }

    private List<Entity> entities(List<String> countries, int length) {
        List<Entity> entities = new ArrayList<>();
        for (String country : countries.subList(0, 3)) {
            entities.add(entity("country:" + country, EntityType.LOCATION, "Country " + country, country, "country",
                    length));
        }
        for (int i = 0; i < 3; i++) {
            int q = random.nextInt(1_000_000);
            entities.add(entity("person:Q" + q, EntityType.PERSON, "Person " + q, countries.get(i), null, length));
        }
        int org = random.nextInt(5_000);
        entities.add(entity("org:Q" + org, EntityType.ORGANIZATION, "Organisation " + org, countries.get(0), null,
                length));
        int city = random.nextInt(20_000);
        entities.add(entity("city:Q" + city, EntityType.LOCATION, "City " + city, countries.get(1), "city", length));
        return entities;
    }

    private Entity entity(String id, EntityType type, String name, String country, String subtype, int length) {
        List<Mention> mentions = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(length - name.length());
            mentions.add(new Mention(start, start + name.length(), name));
        }
        return Entity.newBuilder().setId(id).setType(type).setName(name).setCountry(country)
                .setExternalId(id.substring(id.indexOf(':') + 1)).setSubtype(subtype)
                .setRole(type == EntityType.PERSON ? "minister" : null).setMentions(mentions).build();
    }

    private List<Event> events(List<String> countries, int length) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String type = EVENT_TYPES[random.nextInt(EVENT_TYPES.length)];
            int start = random.nextInt(length - 10);
            int quad = 1 + random.nextInt(4);
            events.add(Event.newBuilder()
                    .setType(type)
                    .setCameo(String.format(Locale.ROOT, "%03d", 10 + random.nextInt(190)))
                    .setSource(actor(countries.get(i % 2)))
                    .setTarget(actor(countries.get((i + 1) % 2)))
                    .setTrigger(new Mention(start, start + 8, type.toLowerCase(Locale.ROOT)))
                    .setSentence(random.nextInt(20))
                    .setQuad(quad)
                    .setIntensity(quad >= 3 ? -random.nextInt(100) / 10.0 : random.nextInt(100) / 10.0)
                    .setNegated(random.nextInt(20) == 0)
                    .setHypothetical(random.nextInt(10) == 0)
                    .setBackground(random.nextInt(10) == 0)
                    .build());
        }
        return events;
    }

    private Actor actor(String country) {
        return new Actor("Officials of " + country, country, SECTORS[random.nextInt(SECTORS.length)],
                "country:" + country);
    }

    private String body(int chars) {
        StringBuilder body = new StringBuilder(chars + 200);
        while (body.length() < chars) {
            body.append(sentence(12 + random.nextInt(14)));
            body.append(random.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return body.toString().trim();
    }

    private String sentence(int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            sentence.append(i == words - 1 ? "." : " ");
        }
        return sentence.toString();
    }
}
