package io.dateline.sink.store;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table the store writes: its name and typed columns, in the order a row lists its values. The column types say how
 * each dialect binds or encodes a Java value (see {@link ColumnType}); the SQL text comes from here.
 */
record Table(String name, List<Column> columns) {

    Table {
        columns = List.copyOf(columns);
    }

    /** How a Java value of a row is stored; each dialect maps it to its own column type. */
    enum ColumnType {
        /** {@link String}. */
        TEXT,
        /** {@link Long}. */
        LONG,
        /** {@link Integer}. */
        INT,
        /** {@link Double}. */
        DOUBLE,
        /** {@link Boolean}: {@code boolean} on PostgreSQL, 0/1 on SQLite. */
        BOOL,
        /** {@link java.time.Instant}: {@code timestamptz}, or ISO-8601 UTC text with milliseconds. */
        TIME,
        /** {@link java.time.LocalDate}: {@code date}, or {@code YYYY-MM-DD} text. */
        DAY,
        /** A {@code List<String>}: {@code text[]}, or a JSON array as text. */
        TEXT_ARRAY,
        /** JSON text: {@code jsonb}, or text. */
        JSON
    }

    /** One column: its name and type. */
    record Column(String name, ColumnType type) {
    }

    static Column column(String name, ColumnType type) {
        return new Column(name, type);
    }

    /** {@code a, b, c}. */
    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code INSERT INTO name (a, b, c) VALUES (?, ?, ?)} with the dialect's placeholders. */
    String insertSql(Dialect dialect) {
        return "INSERT INTO " + name + " (" + columnList() + ") VALUES (" + placeholders(dialect) + ")";
    }

    /** {@code a = excluded.a, ...} for every column but the first {@code keyColumns}. */
    String updateFromExcluded(int keyColumns) {
        return columns.subList(keyColumns, columns.size()).stream()
                .map(column -> column.name() + " = excluded." + column.name())
                .collect(Collectors.joining(", "));
    }

    private String placeholders(Dialect dialect) {
        return columns.stream().map(column -> dialect.placeholder(column.type()))
                .collect(Collectors.joining(", "));
    }

    /** {@code ?, ?, ?} – {@code count} plain placeholders. */
    static String questionMarks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
