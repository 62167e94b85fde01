package io.dateline.ingest;

import io.dateline.ingest.read.FileReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Backfill progress for people. On a terminal: one line redrawn in place (carriage return) at most every
 * {@value #BAR_MILLIS} ms, {@code [#######.............]  412/1000 files  5,230 stories  2,410 stories/s}. Elsewhere
 * (a log, a pipe): a plain line every {@value #PLAIN_MILLIS} ms, {@code progress: 412/1000 files done, 588 left,
 * 5,230 stories acknowledged, 2,410 stories/s}. {@link #finish()} ends the bar's line. Thread-safe.
 */
public final class ConsoleProgress implements BackfillProgress {

    static final long BAR_MILLIS = 200;
    static final long PLAIN_MILLIS = 5_000;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final long start;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong acknowledged = new AtomicLong();
    private long lastPrint;
    private boolean drawn;

    /**
     * @param terminal whether {@code out} is a terminal (the bar), else plain lines
     * @param nanos    a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public ConsoleProgress(PrintWriter out, boolean terminal, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.lastPrint = start;
    }

    @Override
    public void started(int fileCount) {
        files.set(fileCount);
        print(true);
    }

    @Override
    public void fileRead(FileReport file) {
        done.incrementAndGet();
        print(false);
    }

    @Override
    public void acknowledged() {
        acknowledged.incrementAndGet();
        if (terminal) {
            print(false);
        }
    }

    /** Prints the final state and ends the line of the bar. */
    public synchronized void finish() {
        print(true);
        if (terminal && drawn) {
            out.println();
            out.flush();
        }
    }

    /** The progress as one line, without the bar: files done and left, stories acknowledged, stories per second. */
    public String line() {
        int total = files.get();
        int read = done.get();
        return String.format(Locale.ROOT, "%d/%d files done, %d left, %,d stories acknowledged, %,d stories/s", read,
                total, Math.max(0, total - read), acknowledged.get(), rate());
    }

    private synchronized void print(boolean force) {
        long now = nanos.getAsLong();
        long interval = (terminal ? BAR_MILLIS : PLAIN_MILLIS) * 1_000_000;
        if (!force && now - lastPrint < interval) {
            return;
        }
        lastPrint = now;
        if (terminal) {
            out.print("\r" + bar() + "  " + line());
            drawn = true;
        } else {
            out.println("progress: " + line());
        }
        out.flush();
    }

    private String bar() {
        int total = Math.max(1, files.get());
        int filled = (int) Math.min(BAR_WIDTH, (long) done.get() * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    private long rate() {
        double seconds = (nanos.getAsLong() - start) / 1e9;
        return seconds <= 0 ? 0 : Math.round(acknowledged.get() / seconds);
    }
}
