package io.dateline.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.sink.store.Table.ColumnType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static final Table TABLE = new Table("t", List.of(Table.column("a", ColumnType.TEXT),
            Table.column("b", ColumnType.INT), Table.column("c", ColumnType.BOOL), Table.column("d", ColumnType.TIME),
            Table.column("e", ColumnType.DAY), Table.column("f", ColumnType.TEXT_ARRAY),
            Table.column("g", ColumnType.DOUBLE)));

    @Test
    void shouldSeparateValuesByTabsAndEndTheRowWithANewline() {
        String row = encode("text", 7, true, Instant.parse("2026-01-16T09:30:00.123Z"), LocalDate.of(2026, 1, 16),
                List.of("IRN", "USA"), -4.5);

        assertThat(row).isEqualTo("text\t7\tt\t2026-01-16T09:30:00.123Z\t2026-01-16\t{\"IRN\",\"USA\"}\t-4.5\n");
    }

    @Test
    void shouldWriteNullsAsBackslashN() {
        assertThat(encode(null, null, null, null, null, null, null)).isEqualTo("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n");
    }

    @Test
    void shouldEscapeBackslashTabNewlineAndCarriageReturnInText() {
        assertThat(encode("a\\b\tc\nd\re \\N", 1, false, null, null, List.of(), 0.0))
                .startsWith("a\\\\b\\tc\\nd\\re \\\\N\t1\tf\t");
    }

    @Test
    void shouldQuoteAndEscapeArrayElementsThenEscapeTheLiteral() {
        assertThat(encode("x", 1, false, null, null, List.of("a\"b", "c\\d", "e,f"), 0.0))
                .contains("\t{\"a\\\\\"b\",\"c\\\\\\\\d\",\"e,f\"}\t");
    }

    private static String encode(Object... values) {
        StringBuilder out = new StringBuilder();
        CopyText.appendRow(out, TABLE, Arrays.copyOf(values, values.length));
        return out.toString();
    }
}
