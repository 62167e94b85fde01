package io.dateline.sink.store;

import io.dateline.sink.store.Table.ColumnType;
import java.time.Instant;
import java.util.List;

/**
 * Rows in PostgreSQL's COPY text format: values separated by tabs, rows ended by a newline, {@code \N} for null, and
 * backslash, tab, newline and carriage return escaped with a backslash. Arrays are written as array literals
 * ({@code {"IRN","USA"}}), times as ISO-8601 instants, booleans as {@code t}/{@code f}.
 */
final class CopyText {

    private CopyText() {
    }

    /** Appends {@code row} (values in the column order of {@code table}) and its newline to {@code out}. */
    static void appendRow(StringBuilder out, Table table, Object[] row) {
        List<Table.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, columns.get(i).type(), row[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, ColumnType type, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        switch (type) {
            case TEXT, JSON -> appendEscaped(out, (String) value);
            case LONG, INT, DOUBLE -> out.append(value);
            case BOOL -> out.append((Boolean) value ? 't' : 'f');
            case TIME -> out.append((Instant) value);
            case DAY -> out.append(value);
            case TEXT_ARRAY -> appendArray(out, (List<?>) value);
            default -> throw new IllegalArgumentException("No COPY text form for " + type);
        }
    }

    /** {@code {"a","b"}}: each element quoted, its backslashes and quotes escaped, then the literal COPY-escaped. */
    private static void appendArray(StringBuilder out, List<?> items) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String item = String.valueOf(items.get(i));
            for (int c = 0; c < item.length(); c++) {
                char ch = item.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        appendEscaped(out, literal.append('}').toString());
    }

    /** Appends {@code text}, copying the runs between characters to escape in bulk. */
    private static void appendEscaped(StringBuilder out, String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = switch (text.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.append(text, run, i).append(escape);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }
}
