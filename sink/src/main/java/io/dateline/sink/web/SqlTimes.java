package io.dateline.sink.web;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the time columns are bound and read on each store: SQLite holds ISO-8601 UTC text with milliseconds (which
 * sorts as text), PostgreSQL {@code timestamptz}. Values are always bound as parameters, never written into SQL.
 */
enum SqlTimes {

    SQLITE {
        @Override
        void bind(PreparedStatement statement, int index, Instant time) throws SQLException {
            statement.setString(index, ISO_MILLIS.format(time));
        }

        @Override
        Instant read(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : Instant.parse(text);
        }
    },

    POSTGRESQL {
        @Override
        void bind(PreparedStatement statement, int index, Instant time) throws SQLException {
            statement.setObject(index, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        }

        @Override
        Instant read(ResultSet row, String column) throws SQLException {
            OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
    };

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The times of the store at {@code jdbcUrl}. */
    static SqlTimes of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? SQLITE : POSTGRESQL;
    }

    abstract void bind(PreparedStatement statement, int index, Instant time) throws SQLException;

    abstract Instant read(ResultSet row, String column) throws SQLException;

    /** A time as the API writes it: ISO-8601 UTC with milliseconds. */
    static String format(Instant time) {
        return time == null ? null : ISO_MILLIS.format(time);
    }
}
