package io.dateline.sink.store;

import io.dateline.avro.EscalationWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Upserts escalation windows inside the caller's transaction, one JDBC batch: a window's row takes the incoming state
 * when it differs ({@link Tables#windowUpsertSql}), so the same state emitted again changes nothing.
 */
final class WindowWriter {

    private final Dialect dialect;
    private final String upsertSql;

    WindowWriter(Dialect dialect) {
        this.dialect = dialect;
        this.upsertSql = Tables.windowUpsertSql(dialect);
    }

    /** Writes {@code windows} (one per key). */
    void write(Connection connection, List<EscalationWindow> windows) throws SQLException {
        if (windows.isEmpty()) {
            return;
        }
        List<Table.Column> columns = Tables.WINDOWS.columns();
        try (PreparedStatement upsert = connection.prepareStatement(upsertSql)) {
            for (EscalationWindow window : windows) {
                Object[] row = WindowRows.values(window);
                for (int i = 0; i < columns.size(); i++) {
                    dialect.bind(upsert, i + 1, columns.get(i).type(), row[i]);
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
