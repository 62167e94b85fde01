package io.dateline.sink.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.sink.web.StoryFilter.Cursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The story side of the dashboard's API, read-only, over the sink's tables: a page of active stories matching a
 * {@link StoryFilter}, newest first; one active story; the entities of the latest stories. Each list is one index
 * range walked newest first and cut by LIMIT (the most selective filter drives, the others are primary-key probes);
 * every value is a bound parameter. Withheld and killed stories never appear; a story is its stored, latest version.
 */
final class StoryQueries {

    /** The latest stories {@link #entities} looks at. */
    static final int ENTITY_WINDOW = 1000;

    private static final String STORY_COLUMNS = "id, version, headline, body, story_time, agency, dateline, urgency,"
            + " escalation_score, record_json";

    private final DataSource dataSource;
    private final SqlTimes times;
    private final ObjectMapper json;

    StoryQueries(DataSource dataSource, SqlTimes times, ObjectMapper json) {
        this.dataSource = dataSource;
        this.times = times;
        this.json = json;
    }

    /** A page: {@code stories} (newest first) and {@code next}, the cursor of the following page or null. */
    ObjectNode stories(StoryFilter filter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Cursor> keys = pageKeys(connection, filter);
            boolean more = keys.size() > filter.limit();
            List<Cursor> page = more ? keys.subList(0, filter.limit()) : keys;
            Map<String, ObjectNode> loaded = load(connection, page.stream().map(Cursor::id).toList());
            ObjectNode out = json.createObjectNode();
            ArrayNode stories = out.putArray("stories");
            page.forEach(key -> {
                ObjectNode story = loaded.get(key.id());
                if (story != null) {   // killed between the two queries
                    stories.add(story);
                }
            });
            out.put("next", more ? page.get(page.size() - 1).encode() : null);
            return out;
        }
    }

    /** The active story {@code id} as its latest version, if there is one. */
    Optional<ObjectNode> story(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(load(connection, List.of(id)).get(id));
        }
    }

    /**
     * The entities of the latest {@value #ENTITY_WINDOW} active stories, by how many of them mention each; with
     * {@code nameLike}, only those whose canonical name contains it (case-insensitive).
     */
    ArrayNode entities(Optional<String> nameLike, int limit) throws SQLException {
        String sql = entitiesSql(nameLike.isPresent());
        ArrayNode out = json.createArrayNode();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setInt(i++, ENTITY_WINDOW);
            if (nameLike.isPresent()) {
                String escaped = nameLike.get().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_");
                select.setString(i++, "%" + escaped + "%");
            }
            select.setInt(i, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.addObject().put("id", rows.getString("entity_id")).put("type", rows.getString("type"))
                            .put("name", rows.getString("name")).put("country", rows.getString("country"))
                            .put("stories", rows.getInt("stories"));
                }
            }
        }
        return out;
    }

    /** The SQL of {@link #entities}: parameters window size, [name pattern,] limit. */
    static String entitiesSql(boolean named) {
        return "SELECT e.entity_id, e.type, e.name, e.country, COUNT(*) AS stories"
                + " FROM (SELECT id FROM stories WHERE status = 'active' ORDER BY story_time DESC LIMIT ?) latest"
                + " JOIN story_entities e ON e.story_id = latest.id"
                + (named ? " WHERE LOWER(e.name) LIKE ? ESCAPE '\\'" : "")
                + " GROUP BY e.entity_id, e.type, e.name, e.country"
                + " ORDER BY stories DESC, e.entity_id LIMIT ?";
    }

    /** The (time, id) keys of the page plus one, to tell whether there is a next page. */
    private List<Cursor> pageKeys(Connection connection, StoryFilter filter) throws SQLException {
        Query query = pageQuery(filter);
        List<Cursor> keys = new ArrayList<>();
        try (PreparedStatement select = query.prepare(connection)) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new Cursor(times.read(rows, "t"), rows.getString("story_id")));
                }
            }
        }
        return keys;
    }

    /**
     * The query of a page's keys: fixed SQL fragments chosen by which filters are present, every value a parameter.
     * Package-private so a test can read its plan.
     */
    Query pageQuery(StoryFilter filter) {
        Driver driver = filter.entity().isPresent() ? Driver.ENTITY : filter.country().isPresent() ? Driver.COUNTRY
                : filter.eventType().isPresent() ? Driver.EVENT_TYPE : Driver.STORIES;
        StringBuilder sql = new StringBuilder(driver.select);
        List<Binder> binders = new ArrayList<>();
        switch (driver) {
            case ENTITY -> binders.add(text(filter.entity().get()));
            case COUNTRY -> binders.add(text(filter.country().get()));
            case EVENT_TYPE -> binders.add(text(filter.eventType().get()));
            default -> { }
        }
        String time = driver.time;
        String id = driver.id;
        filter.from().ifPresent(from -> {
            sql.append(" AND ").append(time).append(" >= ?");
            binders.add(time(from));
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND ").append(time).append(" < ?");
            binders.add(time(to));
        });
        filter.cursor().ifPresent(cursor -> {
            sql.append(" AND ").append(time).append(" <= ? AND (").append(time).append(" < ? OR ").append(id)
                    .append(" < ?)");
            binders.add(time(cursor.time()));
            binders.add(time(cursor.time()));
            binders.add(text(cursor.id()));
        });
        if (driver != Driver.COUNTRY && filter.country().isPresent()) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_countries c WHERE c.story_id = ").append(id)
                    .append(" AND c.country = ?)");
            binders.add(text(filter.country().get()));
        }
        if (driver != Driver.EVENT_TYPE && filter.eventType().isPresent()) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_events v WHERE v.story_id = ").append(id)
                    .append(" AND v.type = ?)");
            binders.add(text(filter.eventType().get()));
        }
        sql.append(" ORDER BY ").append(time).append(" DESC, ").append(id).append(" DESC LIMIT ?");
        int limit = filter.limit() + 1;
        binders.add((statement, index) -> statement.setInt(index, limit));
        return new Query(sql.toString(), binders);
    }

    /** SQL and the binders of its parameters, in order. */
    record Query(String sql, List<Binder> binders) {

        PreparedStatement prepare(Connection connection) throws SQLException {
            return prepare(connection, "");
        }

        /** Prepares {@code prefix} + the SQL (e.g. {@code EXPLAIN }) with every parameter bound. */
        PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(prefix + sql);
            try {
                for (int i = 0; i < binders.size(); i++) {
                    binders.get(i).bind(statement, i + 1);
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    /** The active stories among {@code ids}, by id, as the API shows them. */
    private Map<String, ObjectNode> load(Connection connection, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT " + STORY_COLUMNS + " FROM stories WHERE status = 'active' AND id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<String, ObjectNode> stories = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.put(rows.getString("id"), view(rows));
                }
            }
        }
        return stories;
    }

    /**
     * A story as the API shows it. Entity mentions are [start, end) offsets into the text the tagger read: the
     * headline, a blank line, the body ({@code bodyOffset} says where the body starts).
     */
    private ObjectNode view(ResultSet row) throws SQLException {
        JsonNode record;
        try {
            record = json.readTree(row.getString("record_json"));
        } catch (JsonProcessingException e) {
            throw new SQLException("record_json of story " + row.getString("id") + " is not JSON", e);
        }
        String headline = row.getString("headline");
        ObjectNode story = json.createObjectNode()
                .put("id", row.getString("id"))
                .put("version", row.getLong("version"))
                .put("storyTime", SqlTimes.format(times.read(row, "story_time")))
                .put("headline", headline)
                .put("body", row.getString("body"))
                .put("bodyOffset", headline.length() + 2)
                .put("agency", row.getString("agency"))
                .put("dateline", row.getString("dateline"));
        int urgency = row.getInt("urgency");
        story.put("urgency", row.wasNull() ? null : urgency);
        double score = row.getDouble("escalation_score");
        story.put("escalationScore", row.wasNull() ? null : score);
        story.set("countries", record.path("countries").isArray() ? record.get("countries")
                : json.createArrayNode());
        story.set("entities", record.path("entities").isArray() ? record.get("entities") : json.createArrayNode());
        story.set("events", record.path("events").isArray() ? record.get("events") : json.createArrayNode());
        return story;
    }

    private Binder time(Instant value) {
        return (statement, index) -> times.bind(statement, index, value);
    }

    private static Binder text(String value) {
        return (statement, index) -> statement.setString(index, value);
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    /**
     * The table whose index walks the page: the most selective filter's (entity, country, then event type), else
     * the stories by time. Child tables hold rows of active stories only. Fixed SQL, the filter value bound.
     */
    private enum Driver {
        STORIES("SELECT s.id AS story_id, s.story_time AS t FROM stories s WHERE s.status = 'active'",
                "s.story_time", "s.id"),
        ENTITY("SELECT d.story_id, d.story_time AS t FROM story_entities d WHERE d.entity_id = ?",
                "d.story_time", "d.story_id"),
        COUNTRY("SELECT d.story_id, d.story_time AS t FROM story_countries d WHERE d.country = ?",
                "d.story_time", "d.story_id"),
        EVENT_TYPE("SELECT DISTINCT d.story_id, d.event_time AS t FROM story_events d WHERE d.type = ?",
                "d.event_time", "d.story_id");

        private final String select;
        private final String time;
        private final String id;

        Driver(String select, String time, String id) {
            this.select = select;
            this.time = time;
            this.id = id;
        }
    }
}
