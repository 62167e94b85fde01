package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import io.dateline.schemas.AvroJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes collapsed stories inside the caller's transaction: reads the stored version stamps, upserts the stories that
 * are newer (the upsert checks the rule again, in case another writer got there first), then replaces the entities
 * and countries of exactly the story rows that changed. Every statement is a JDBC batch.
 */
final class StoryWriter {

    private static final int IDS_PER_QUERY = 500;
    private static final List<String> COLUMNS = List.of("id", "version", "status", "headline", "byline", "body",
            "dateline", "agency", "language", "format", "urgency", "first_created", "version_created", "received",
            "enriched_at", "countries", "escalation_score", "content_hash", "enrichment_version", "stored_at",
            "record_json");
    private static final String INSERT_ENTITY = "INSERT INTO story_entities (story_id, entity_id, type, name, "
            + "country, role, subtype, external_id, mention_count, first_mention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_COUNTRY = "INSERT INTO story_countries (story_id, country, rank) VALUES (?, ?, ?)";

    private final Dialect dialect;
    private final String upsertSql;

    StoryWriter(Dialect dialect) {
        this.dialect = dialect;
        this.upsertSql = upsertSql(dialect);
    }

    /** Writes {@code stories} (one per id); returns how many story rows changed. */
    int write(Connection connection, List<EnrichedStory> stories) throws SQLException {
        Map<String, StoryVersions.Stamp> stored = storedStamps(connection, stories);
        List<EnrichedStory> newer = stories.stream()
                .filter(story -> StoryVersions.supersedes(story, stored.get(story.getId())))
                .toList();
        if (newer.isEmpty()) {
            return 0;
        }
        List<EnrichedStory> changed = upsert(connection, newer);
        replaceChildren(connection, changed);
        return changed.size();
    }

    private Map<String, StoryVersions.Stamp> storedStamps(Connection connection, List<EnrichedStory> stories)
            throws SQLException {
        Map<String, StoryVersions.Stamp> stamps = new HashMap<>();
        for (int from = 0; from < stories.size(); from += IDS_PER_QUERY) {
            List<EnrichedStory> chunk = stories.subList(from, Math.min(stories.size(), from + IDS_PER_QUERY));
            String sql = "SELECT id, version, version_created FROM stories WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i).getId());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stamps.put(rows.getString("id"), new StoryVersions.Stamp(rows.getLong("version"),
                                dialect.readTime(rows, "version_created")));
                    }
                }
            }
        }
        return stamps;
    }

    /** Upserts {@code stories}; returns those whose row changed. */
    private List<EnrichedStory> upsert(Connection connection, List<EnrichedStory> stories) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement upsert = connection.prepareStatement(upsertSql)) {
            for (EnrichedStory story : stories) {
                bindStory(upsert, story, now);
                upsert.addBatch();
            }
            int[] counts = upsert.executeBatch();
            List<EnrichedStory> changed = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                // a driver that rewrites batches reports SUCCESS_NO_INFO: the stamps read above vouch for those
                if (counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO) {
                    changed.add(stories.get(i));
                }
            }
            return changed;
        }
    }

    private static String upsertSql(Dialect dialect) {
        String values = String.join(", ", Collections.nCopies(COLUMNS.size() - 1, "?")) + ", "
                + dialect.jsonParameter();
        List<String> updates = COLUMNS.subList(1, COLUMNS.size()).stream()
                .map(column -> column + " = excluded." + column)
                .toList();
        String earliest = dialect.earliestTime();
        return "INSERT INTO stories (" + String.join(", ", COLUMNS) + ") VALUES (" + values + ")"
                + " ON CONFLICT (id) DO UPDATE SET " + String.join(", ", updates)
                + " WHERE excluded.version > stories.version OR (excluded.version = stories.version AND"
                + " COALESCE(excluded.version_created, " + earliest + ")"
                + " > COALESCE(stories.version_created, " + earliest + "))";
    }

    private void bindStory(PreparedStatement upsert, EnrichedStory story, Instant storedAt) throws SQLException {
        int i = 1;
        upsert.setString(i++, story.getId());
        upsert.setLong(i++, story.getVersion());
        upsert.setString(i++, StoryStatus.of(story.getPubStatus()).column());
        upsert.setString(i++, story.getHeadline());
        upsert.setString(i++, story.getByline());
        upsert.setString(i++, story.getBody());
        upsert.setString(i++, story.getDateline());
        upsert.setString(i++, story.getAgency());
        upsert.setString(i++, story.getLanguage());
        upsert.setString(i++, story.getFormat().name());
        upsert.setObject(i++, story.getUrgency(), Types.INTEGER);
        dialect.bindTime(upsert, i++, story.getFirstCreated());
        dialect.bindTime(upsert, i++, story.getVersionCreated());
        dialect.bindTime(upsert, i++, story.getReceived());
        dialect.bindTime(upsert, i++, story.getEnrichedAt());
        dialect.bindCountries(upsert, i++, StoryRows.distinctCountries(story));
        upsert.setObject(i++, story.getEscalation() == null ? null : story.getEscalation().getScore(), Types.DOUBLE);
        upsert.setString(i++, story.getContentHash());
        upsert.setString(i++, story.getEnrichmentVersion());
        dialect.bindTime(upsert, i++, storedAt);
        upsert.setString(i, AvroJson.toJson(story));
    }

    private static void replaceChildren(Connection connection, List<EnrichedStory> stories) throws SQLException {
        if (stories.isEmpty()) {
            return;
        }
        try (PreparedStatement deleteEntities = connection.prepareStatement(
                "DELETE FROM story_entities WHERE story_id = ?");
             PreparedStatement deleteCountries = connection.prepareStatement(
                     "DELETE FROM story_countries WHERE story_id = ?");
             PreparedStatement insertEntity = connection.prepareStatement(INSERT_ENTITY);
             PreparedStatement insertCountry = connection.prepareStatement(INSERT_COUNTRY)) {
            for (EnrichedStory story : stories) {
                deleteEntities.setString(1, story.getId());
                deleteEntities.addBatch();
                deleteCountries.setString(1, story.getId());
                deleteCountries.addBatch();
                addEntities(insertEntity, story);
                addCountries(insertCountry, story);
            }
            deleteEntities.executeBatch();
            deleteCountries.executeBatch();
            insertEntity.executeBatch();
            insertCountry.executeBatch();
        }
    }

    private static void addEntities(PreparedStatement insert, EnrichedStory story) throws SQLException {
        for (StoryRows.EntityRow entity : StoryRows.entities(story)) {
            insert.setString(1, story.getId());
            insert.setString(2, entity.entityId());
            insert.setString(3, entity.type());
            insert.setString(4, entity.name());
            insert.setString(5, entity.country());
            insert.setString(6, entity.role());
            insert.setString(7, entity.subtype());
            insert.setString(8, entity.externalId());
            insert.setInt(9, entity.mentionCount());
            insert.setObject(10, entity.firstMention(), Types.INTEGER);
            insert.addBatch();
        }
    }

    private static void addCountries(PreparedStatement insert, EnrichedStory story) throws SQLException {
        for (StoryRows.CountryRow country : StoryRows.countries(story)) {
            insert.setString(1, story.getId());
            insert.setString(2, country.country());
            insert.setInt(3, country.rank());
            insert.addBatch();
        }
    }
}
