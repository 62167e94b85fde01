package io.dateline.sink.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example queries of {@code docs/storage.md}: fenced {@code sql} blocks whose first line is
 * {@code -- example: <name>}, optionally followed by {@code (postgresql)} or {@code (sqlite)} when the block is that
 * database's spelling. Blocks without the marker are not examples.
 */
final class DocsExamples {

    static final Path STORAGE_DOCS = Path.of("..", "docs", "storage.md");

    private static final Pattern BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile("-- example: ([a-z0-9-]+)(?: \\((postgresql|sqlite)\\))?\\n");

    /** One example query: its name, the database it is written for (null: both) and its SQL. */
    record Example(String name, String database, String sql) {

        boolean runsOn(String dialect) {
            return database == null || database.equals(dialect);
        }

        @Override
        public String toString() {
            return name + (database == null ? "" : " (" + database + ")");
        }
    }

    private DocsExamples() {
    }

    /** Every example of the storage docs, in document order. */
    static List<Example> all() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(STORAGE_DOCS));
        while (block.find()) {
            Matcher marker = MARKER.matcher(block.group(1));
            if (marker.lookingAt()) {
                String sql = block.group(1).substring(marker.end()).strip();
                examples.add(new Example(marker.group(1), marker.group(2),
                        sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql));
            }
        }
        return examples;
    }

    /** The examples that run on {@code dialect} ({@code postgresql} or {@code sqlite}). */
    static List<Example> on(String dialect) throws IOException {
        return all().stream().filter(example -> example.runsOn(dialect)).toList();
    }
}
