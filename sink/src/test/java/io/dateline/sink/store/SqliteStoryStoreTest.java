package io.dateline.sink.store;

import static io.dateline.sink.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, in a file of its own per test, plus what only SQLite does. */
class SqliteStoryStoreTest extends StoryStoreContract {

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:sqlite:" + directory.resolve("dateline.db");
    }

    @Override
    protected StoryStore openEmptyStore() {
        return StoryStores.open(url(), null, null);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    protected String firstEntityNameFromJsonSql() {
        return "SELECT json_extract(record_json, '$.entities[0].name') FROM stories WHERE id = ?";
    }

    @Test
    void shouldUseWriteAheadLogging() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void shouldLetAReaderHoldASnapshotWhileItWrites() throws SQLException {
        store.write(List.of(story("s1", 1)));
        try (Connection reader = connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            try (ResultSet before = statement.executeQuery("SELECT COUNT(*) FROM stories")) {
                before.next();
                assertThat(before.getInt(1)).isEqualTo(1);
            }

            int changed = store.write(List.of(story("s2", 1)));

            assertThat(changed).isEqualTo(1);
            try (ResultSet during = statement.executeQuery("SELECT COUNT(*) FROM stories")) {
                during.next();
                assertThat(during.getInt(1)).as("the reader's snapshot").isEqualTo(1);
            }
            reader.rollback();
        }
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void shouldStoreTimesAsSortableUtcText() throws SQLException {
        store.write(List.of(story("s1", 1)));

        assertThat(rows("SELECT received || ' ' || first_created FROM stories WHERE id = ?", "s1"))
                .containsExactly("2026-01-16T09:30:00.123Z 2026-01-16T09:20:00.123Z");
        assertThat(rows("SELECT countries FROM stories WHERE id = ?", "s1")).containsExactly("[\"IRN\",\"USA\"]");
    }

    @Test
    void shouldCreateTheDirectoryOfTheFile() {
        Path file = directory.resolve("nested/deeper/dateline.db");

        try (StoryStore nested = StoryStores.open("jdbc:sqlite:" + file, null, null)) {
            nested.write(List.of(story("s1", 1)));
        }

        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void shouldKeepStoriesWhenOpenedAgain() {
        store.write(List.of(story("s1", 1)));
        store.close();

        store = StoryStores.open(url(), null, null);

        assertThat(store.count()).isEqualTo(1);
    }
}
