package io.dateline.sink.store;

import static io.dateline.sink.store.Table.column;

import io.dateline.sink.store.Table.ColumnType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables the sink writes, as the migrations under {@code db/migration/} create them, with the column order the
 * row builders ({@link StoryRows}, {@link WindowRows}) follow, and the rules their upserts apply.
 */
final class Tables {

    static final Table STORIES = new Table("stories", List.of(
            column("id", ColumnType.TEXT),
            column("version", ColumnType.LONG),
            column("status", ColumnType.TEXT),
            column("headline", ColumnType.TEXT),
            column("byline", ColumnType.TEXT),
            column("body", ColumnType.TEXT),
            column("dateline", ColumnType.TEXT),
            column("agency", ColumnType.TEXT),
            column("language", ColumnType.TEXT),
            column("format", ColumnType.TEXT),
            column("urgency", ColumnType.INT),
            column("first_created", ColumnType.TIME),
            column("version_created", ColumnType.TIME),
            column("received", ColumnType.TIME),
            column("enriched_at", ColumnType.TIME),
            column("story_time", ColumnType.TIME),
            column("countries", ColumnType.TEXT_ARRAY),
            column("escalation_score", ColumnType.DOUBLE),
            column("content_hash", ColumnType.TEXT),
            column("enrichment_version", ColumnType.TEXT),
            column("stored_at", ColumnType.TIME),
            column("record_json", ColumnType.JSON)));

    static final Table ENTITIES = new Table("story_entities", List.of(
            column("story_id", ColumnType.TEXT),
            column("entity_id", ColumnType.TEXT),
            column("type", ColumnType.TEXT),
            column("name", ColumnType.TEXT),
            column("country", ColumnType.TEXT),
            column("role", ColumnType.TEXT),
            column("subtype", ColumnType.TEXT),
            column("external_id", ColumnType.TEXT),
            column("mention_count", ColumnType.INT),
            column("first_mention", ColumnType.INT),
            column("story_time", ColumnType.TIME)));

    static final Table COUNTRIES = new Table("story_countries", List.of(
            column("story_id", ColumnType.TEXT),
            column("country", ColumnType.TEXT),
            column("rank", ColumnType.INT),
            column("story_time", ColumnType.TIME)));

    static final Table EVENTS = new Table("story_events", List.of(
            column("story_id", ColumnType.TEXT),
            column("ordinal", ColumnType.INT),
            column("event_time", ColumnType.TIME),
            column("event_day", ColumnType.DAY),
            column("type", ColumnType.TEXT),
            column("cameo", ColumnType.TEXT),
            column("quad", ColumnType.INT),
            column("intensity", ColumnType.DOUBLE),
            column("source_text", ColumnType.TEXT),
            column("source_country", ColumnType.TEXT),
            column("source_sector", ColumnType.TEXT),
            column("source_entity_id", ColumnType.TEXT),
            column("target_text", ColumnType.TEXT),
            column("target_country", ColumnType.TEXT),
            column("target_sector", ColumnType.TEXT),
            column("target_entity_id", ColumnType.TEXT),
            column("trigger_start", ColumnType.INT),
            column("trigger_end", ColumnType.INT),
            column("trigger_text", ColumnType.TEXT),
            column("sentence", ColumnType.INT),
            column("negated", ColumnType.BOOL),
            column("hypothetical", ColumnType.BOOL),
            column("background", ColumnType.BOOL)));

    /** Child tables of {@code stories}: replaced with their story, keyed by {@code story_id}. */
    static final List<Table> STORY_CHILDREN = List.of(ENTITIES, COUNTRIES, EVENTS);

    static final Table WINDOWS = new Table("escalation_windows", List.of(
            column("source", ColumnType.TEXT),
            column("target", ColumnType.TEXT),
            column("granularity", ColumnType.TEXT),
            column("window_start", ColumnType.TIME),
            column("window_end", ColumnType.TIME),
            column("events", ColumnType.INT),
            column("verbal_cooperation", ColumnType.INT),
            column("material_cooperation", ColumnType.INT),
            column("verbal_conflict", ColumnType.INT),
            column("material_conflict", ColumnType.INT),
            column("intensity_sum", ColumnType.DOUBLE),
            column("intensity_mean", ColumnType.DOUBLE),
            column("conflict_intensity", ColumnType.DOUBLE),
            column("baseline", ColumnType.DOUBLE),
            column("alert", ColumnType.BOOL)));

    /** Columns of the escalation window key. */
    static final int WINDOW_KEY_COLUMNS = 4;

    private Tables() {
    }

    /**
     * The guard of the story upsert, in SQL: the incoming row ({@code excluded}) replaces the stored one when its
     * version is higher, or equal with a later versionCreated (missing counts as earliest) – {@link StoryVersions}.
     */
    static String storyIsNewer(Dialect dialect) {
        String earliest = dialect.earliestTime();
        return "excluded.version > stories.version OR (excluded.version = stories.version AND"
                + " COALESCE(excluded.version_created, " + earliest + ")"
                + " > COALESCE(stories.version_created, " + earliest + "))";
    }

    /** The story upsert's conflict clause: replace every column but the id when {@link #storyIsNewer}. */
    static String storyUpsertClause(Dialect dialect) {
        return " ON CONFLICT (id) DO UPDATE SET " + STORIES.updateFromExcluded(1) + " WHERE " + storyIsNewer(dialect);
    }

    /**
     * Upsert of one escalation window: the incoming state replaces the stored one when they differ. States of one key
     * arrive in the order enrich emitted them (one partition), so the last one written is the latest; a state emitted
     * again unchanged (a recomputed index) leaves the row alone.
     */
    static String windowUpsertSql(Dialect dialect) {
        String stateDiffers = WINDOWS.columns().subList(WINDOW_KEY_COLUMNS, WINDOWS.columns().size()).stream()
                .map(column -> "excluded." + column.name() + " IS DISTINCT FROM escalation_windows." + column.name())
                .collect(Collectors.joining(" OR "));
        return WINDOWS.insertSql(dialect) + " ON CONFLICT (source, target, granularity, window_start) DO UPDATE SET "
                + WINDOWS.updateFromExcluded(WINDOW_KEY_COLUMNS) + " WHERE " + stateDiffers;
    }
}
