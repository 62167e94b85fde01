package io.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.ingest.read.FileReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private static final FileReport FILE = new FileReport("a.sgm", InputFormat.REUTERS_SGML, 2, List.of(), List.of());

    @Test
    void shouldDrawABarInPlaceOnATerminal() {
        StringWriter text = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true, nanos::get);

        progress.started(4);
        nanos.set(1_000_000_000L);
        progress.acknowledged();
        progress.acknowledged();
        progress.fileRead(FILE);
        progress.finish();

        assertThat(text.toString()).startsWith("\r[").contains("\r[######..................]  1/4 files done, 3 left,"
                + " 2 stories acknowledged, 2 stories/s").endsWith(System.lineSeparator());
    }

    @Test
    void shouldPrintPlainLinesAtMostEveryFewSecondsElsewhere() {
        StringWriter text = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, nanos::get);

        progress.started(2);
        nanos.set(1_000_000_000L);
        progress.fileRead(FILE);
        nanos.set(6_000_000_000L);
        progress.fileRead(FILE);

        assertThat(text.toString().lines()).containsExactly(
                "progress: 0/2 files done, 2 left, 0 stories acknowledged, 0 stories/s",
                "progress: 2/2 files done, 0 left, 0 stories acknowledged, 0 stories/s");
        assertThat(text.toString()).doesNotContain("\r");
    }
}
