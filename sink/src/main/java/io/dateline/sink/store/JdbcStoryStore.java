package io.dateline.sink.store;

import com.zaxxer.hikari.HikariDataSource;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.EscalationWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store over a JDBC connection pool, for any {@link Dialect}: migrates the schema when opened, writes a batch of
 * stories and escalation windows in one transaction ({@link StoryWriter}, {@link WindowWriter}), answers the queries
 * of the {@code dateline} command. SQL failures become {@link StoreException}s that say whether trying again may help.
 */
final class JdbcStoryStore implements StoryStore {

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final StoryWriter writer;
    private final WindowWriter windowWriter;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Below this many stories a batch is written in one transaction: splitting would cost more than it saves. */
    private static final int PART_MIN = 500;
    /** Threads for the parts of a batch beyond the first, which the caller writes itself. */
    private final ExecutorService parallelWriters;

    private JdbcStoryStore(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.writer = new StoryWriter(dialect);
        this.windowWriter = new WindowWriter(dialect);
        this.description = description;
        this.parallelWriters = Executors.newFixedThreadPool(Math.max(1, dialect.writers() - 1), runnable -> {
            Thread thread = new Thread(runnable, "dateline-store-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The store over {@code dataSource}, its schema migrated to the current version; closes the pool on failure. */
    static JdbcStoryStore open(HikariDataSource dataSource, Dialect dialect, String description) {
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + dialect.migrations())
                    .load().migrate();
            return new JdbcStoryStore(dataSource, dialect, description);
        } catch (FlywayException e) {
            dataSource.close();
            dialect.close();
            throw new StoreException("Cannot migrate " + description + ": " + e.getMessage(), e, true);
        }
    }

    @Override
    public int write(Collection<EnrichedStory> stories, Collection<EscalationWindow> windows) {
        List<EnrichedStory> winners = StoryVersions.collapse(stories);
        List<EscalationWindow> latest = WindowRows.collapse(windows);
        if (winners.isEmpty() && latest.isEmpty()) {
            return 0;
        }
        List<List<EnrichedStory>> parts = split(winners, dialect.writers());
        if (parts.size() == 1) {
            return writePart(winners, latest);
        }
        // one transaction per part, side by side; a part that fails fails the batch, which the sink writes again
        // whole (a part already committed changes nothing the second time: the writes are idempotent)
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (List<EnrichedStory> part : parts.subList(1, parts.size())) {
            others.add(CompletableFuture.supplyAsync(() -> writePart(part, List.of()), parallelWriters));
        }
        int changed = writePart(parts.get(0), latest);
        for (CompletableFuture<Integer> other : others) {
            try {
                changed += other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof StoreException failure ? failure
                        : new StoreException("Cannot write to " + description + ": " + e.getCause(), e.getCause(), false);
            }
        }
        return changed;
    }

    /** {@code stories} split by id into at most {@code n} parts of at least {@link #PART_MIN} stories. */
    private static List<List<EnrichedStory>> split(List<EnrichedStory> stories, int n) {
        int parts = Math.max(1, Math.min(n, stories.size() / PART_MIN));
        if (parts == 1) {
            return List.of(stories);
        }
        List<List<EnrichedStory>> split = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            split.add(new ArrayList<>());
        }
        for (EnrichedStory story : stories) {
            split.get(Math.floorMod(story.getId().hashCode(), parts)).add(story);
        }
        return split;
    }

    /** Writes {@code winners} and {@code latest} in one transaction; returns how many story rows changed. */
    private int writePart(List<EnrichedStory> winners, List<EscalationWindow> latest) {
        String what = "write " + winners.size() + " stories and " + latest.size() + " escalation windows to";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int changed = winners.isEmpty() ? 0 : writer.write(connection, winners);
                windowWriter.write(connection, latest);
                connection.commit();
                dialect.committed();
                return changed;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot " + what + " " + description + ": " + e, e, false);
        }
    }

    @Override
    public Optional<StoredStory> find(String id) {
        String sql = "SELECT version, status, headline,"
                + " (SELECT COUNT(*) FROM story_entities e WHERE e.story_id = s.id) AS entity_count"
                + " FROM stories s WHERE id = ?";
        return query("find story " + id + " in", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredStory(id, row.getLong("version"),
                            StoryStatus.fromColumn(row.getString("status")), row.getString("headline"),
                            countries(connection, id), row.getInt("entity_count")));
                }
            }
        });
    }

    @Override
    public StoreStats stats() {
        String byCountry = "SELECT c.country, COUNT(*) AS stories FROM story_countries c"
                + " JOIN active_stories s ON s.id = c.story_id GROUP BY c.country ORDER BY stories DESC, c.country";
        return query("read statistics of", connection -> {
            long active = single(connection, "SELECT COUNT(*) FROM active_stories");
            Map<String, Long> countries = new LinkedHashMap<>();
            try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(byCountry)) {
                while (rows.next()) {
                    countries.put(rows.getString(1), rows.getLong(2));
                }
            }
            return new StoreStats(active, countries);
        });
    }

    @Override
    public long count() {
        return query("count stories in", connection -> single(connection, "SELECT COUNT(*) FROM stories"));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            parallelWriters.shutdownNow();
            dataSource.close();
            dialect.close();
        }
    }

    @Override
    public String toString() {
        return description;
    }

    private static List<String> countries(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT country FROM story_countries WHERE story_id = ? ORDER BY rank")) {
            select.setString(1, id);
            List<String> countries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    countries.add(rows.getString(1));
                }
            }
            return countries;
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(String what, Query<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("Cannot " + what + " " + description + ": " + e.getMessage(), e,
                dialect.isRetryable(e));
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
