package io.dateline.sink.store;

import io.dateline.avro.EnrichedStory;
import io.dateline.schemas.VersionStamp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes collapsed stories inside the caller's transaction: reads the stored version stamps, inserts the stories not
 * stored yet, upserts the newer versions of stored ones (the upsert checks the rule again, in case another writer got
 * there first), then replaces the entity, country and event rows of exactly the story rows that changed. Only active
 * stories keep child rows: a kill or a withhold removes them. The rows (with the record's JSON) are made on every
 * core; each table is written in bulk ({@link BulkWriter}).
 */
final class StoryWriter {

    private static final int IDS_PER_QUERY = 500;
    /** Below this many stories, making their rows on one thread is as quick. */
    private static final int PARALLEL_FROM = 64;

    private final Dialect dialect;
    private final BulkWriter bulk;

    StoryWriter(Dialect dialect) {
        this.dialect = dialect;
        this.bulk = dialect.bulkWriter();
    }

    /** Writes {@code stories} (one per id); returns how many story rows changed. */
    int write(Connection connection, List<EnrichedStory> stories) throws SQLException {
        Map<String, VersionStamp> stored = storedStamps(connection, stories);
        List<EnrichedStory> fresh = new ArrayList<>();
        List<EnrichedStory> newer = new ArrayList<>();
        for (EnrichedStory story : stories) {
            VersionStamp stamp = stored.get(story.getId());
            if (stamp == null) {
                fresh.add(story);
            } else if (StoryVersions.supersedes(story, stamp)) {
                newer.add(story);
            }
        }
        Instant now = Instant.now();
        List<StoryRows.Rows> freshRows = rows(fresh, now);
        List<StoryRows.Rows> newerRows = rows(newer, now);
        bulk.insert(connection, Tables.STORIES, column(freshRows, StoryWriter::storyRow));
        Set<String> updated = bulk.upsertStories(connection, column(newerRows, StoryWriter::storyRow));
        for (Table child : Tables.STORY_CHILDREN) {
            deleteByStory(connection, child, List.copyOf(updated));
        }
        List<StoryRows.Rows> changed = new ArrayList<>(freshRows);
        newerRows.stream().filter(rows -> updated.contains(rows.id())).forEach(changed::add);
        bulk.insert(connection, Tables.ENTITIES, column(changed, StoryRows.Rows::entities));
        bulk.insert(connection, Tables.COUNTRIES, column(changed, StoryRows.Rows::countries));
        bulk.insert(connection, Tables.EVENTS, column(changed, StoryRows.Rows::events));
        return changed.size();
    }

    private static List<StoryRows.Rows> rows(List<EnrichedStory> stories, Instant storedAt) {
        return (stories.size() < PARALLEL_FROM ? stories.stream() : stories.parallelStream())
                .map(story -> StoryRows.of(story, storedAt))
                .toList();
    }

    private static List<Object[]> storyRow(StoryRows.Rows rows) {
        return List.<Object[]>of(rows.story());
    }

    private static List<Object[]> column(List<StoryRows.Rows> stories, Function<StoryRows.Rows, List<Object[]>> rows) {
        List<Object[]> all = new ArrayList<>();
        stories.forEach(story -> all.addAll(rows.apply(story)));
        return all;
    }

    /** Deletes the rows of {@code table} whose {@code story_id} is one of {@code ids}. */
    private void deleteByStory(Connection connection, Table table, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table.name() + " WHERE " + dialect.idsIn("story_id", chunk.size()))) {
                dialect.bindIds(delete, 1, chunk);
                delete.executeUpdate();
            }
        }
    }

    private Map<String, VersionStamp> storedStamps(Connection connection, List<EnrichedStory> stories)
            throws SQLException {
        Map<String, VersionStamp> stamps = new HashMap<>();
        List<String> ids = stories.stream().map(EnrichedStory::getId).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String sql = "SELECT id, version, version_created FROM stories WHERE " + dialect.idsIn("id", chunk.size());
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                dialect.bindIds(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stamps.put(rows.getString("id"), new VersionStamp(rows.getLong("version"),
                                dialect.readTime(rows, "version_created")));
                    }
                }
            }
        }
        return stamps;
    }
}
