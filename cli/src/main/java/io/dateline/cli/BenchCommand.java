package io.dateline.cli;

import io.dateline.platform.ConfigSource;
import io.dateline.sink.SinkConfig;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Load harness: pushes stories through ingest's publisher, enrich and sink on an embedded broker (all in this JVM) and
 * reports throughput end to end, ingest-to-stored latency, CPU per service and heap; then measures this machine's raw
 * limits on the same broker (Kafka's ProducerPerformance, a pass-through Streams application) and prints the pipeline's
 * rate as a share of the pass-through rate. With {@code --rate} it publishes at a steady rate instead and reports
 * latency.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load test on an embedded broker: N stories (the Reuters development files, else seeds/, "
                + "replayed with fresh ids) through ingest -> enrich -> sink; prints stories/s end to end, p50/p99 "
                + "ingest-to-stored latency, CPU per service, heap, and the machine's raw Kafka limits for "
                + "comparison. --rate R publishes at a steady R stories/s instead.")
final class BenchCommand implements Callable<Integer> {

    /** The thread that serialises and sends the stories; its CPU counts as ingest's. */
    static final String PUBLISHER_THREAD = "dateline-bench-publisher";

    @Option(names = {"-n", "--stories"}, paramLabel = "N", defaultValue = "20000",
            description = "Stories to push through in the throughput run (default: ${DEFAULT-VALUE}).")
    private int stories;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "Stories pushed through first, not measured, so that the JIT has compiled the hot code, as "
                    + "in a service that has run for a while (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders whose stories are replayed (default: ../shared/data/reuters21578 when "
                    + "it exists, else seeds/).")
    private List<Path> inputs;

    @Option(names = "--rate", paramLabel = "R",
            description = "Publish at a steady R stories/s for --seconds and report latency (no raw limits).")
    private Integer rate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
            description = "With --rate: how long to publish (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--perf-records", paramLabel = "N",
            description = "Records for Kafka's producer performance tool (default: the larger of N and 50000).")
    private Long perfRecords;

    @Option(names = "--no-limits", description = "Skip the raw limits (producer tool, pass-through Streams).")
    private boolean noLimits;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store here (default: a temporary SQLite file, deleted afterwards).")
    private String db;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for the stories to be stored (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Spec
    private CommandSpec spec;

    private final ConfigSource base;

    BenchCommand() {
        this(ConfigSource.fromEnvironment());
    }

    BenchCommand(ConfigSource base) {
        this.base = base;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stories < 1 || warmup < 0 || seconds < 1 || (rate != null && rate < 1) || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--stories, --seconds, --rate and --timeout must be at least 1, --warmup at least 0");
        }
        List<Path> paths = inputs == null ? BenchStories.defaultInputs() : inputs;
        BenchStories source = BenchStories.read(paths);
        err.println("dateline: bench: replaying " + source.description() + "; starting an embedded broker ...");
        err.flush();
        String run = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        try (BenchPipeline pipeline = BenchPipeline.start(base, db)) {
            int recordBytes = source.meanRecordBytes(pipeline.kafka().topics(), pipeline.kafka().serdes());
            BenchCpu cpu = new BenchCpu(pipeline.enrichConfig().applicationId(),
                    SinkConfig.from(base).groupId());
            out.printf(Locale.ROOT, "input: %s, mean raw record %d bytes%n", source.description(), recordBytes);
            out.printf(Locale.ROOT, "pipeline: ingest publisher -> enrich -> sink, one JVM, embedded broker, "
                            + "%s, store %s%n", pipeline.enrichConfig().processingGuarantee(),
                    db == null ? "SQLite (temporary file)" : db);
            if (warmup > 0) {
                err.println("dateline: bench: warm-up, " + warmup + " stories ...");
                err.flush();
                Measured warm = push(pipeline, source, run + "w-", warmup, null, timeout);
                if (warm.stored < warmup) {
                    out.printf(Locale.ROOT, "warm-up: only %d of %d stories stored within %d s%n", warm.stored,
                            warmup, timeoutSeconds);
                    return ExitCodes.FAILURE;
                }
                out.printf(Locale.ROOT, "warm-up: %d stories, %.0f stories/s%n", warmup, warm.perSecond());
            }
            int count = rate == null ? stories : (int) Math.min(Integer.MAX_VALUE, (long) rate * seconds);
            err.println("dateline: bench: " + (rate == null ? "throughput run, " + count + " stories"
                    : "steady " + rate + " stories/s for " + seconds + " s") + " ...");
            err.flush();
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            BenchCpu.Window window = cpu.start();
            Measured measured = push(pipeline, source, run + "m-", count, rate, timeout);
            BenchCpu.Usage usage = window.stop();
            print(out, measured, usage);
            out.printf(Locale.ROOT, "machine: %d cores, 1-minute load average %.1f before the run, %.1f after "
                            + "(above the core count, other processes shared the cores)%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (measured.stored < count) {
                out.flush();
                return ExitCodes.FAILURE;
            }
            if (rate == null && !noLimits) {
                err.println("dateline: bench: raw limits (ProducerPerformance, pass-through Streams) ...");
                err.flush();
                long perf = perfRecords != null ? perfRecords : Math.max(stories, 50_000);
                int partitions = pipeline.kafka().topics().rawStories().partitions();
                BenchLimits.ProducerLimit producer = BenchLimits.producer(pipeline.bootstrapServers(), perf,
                        recordBytes, partitions);
                BenchLimits.PassThroughLimit passThrough = BenchLimits.passThrough(pipeline.enrichConfig(),
                        pipeline.kafka().topics().rawStories().name(), partitions,
                        pipeline.workDir().resolve("pass-through"), timeout);
                printLimits(out, measured, producer, passThrough, recordBytes, partitions);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * Publishes {@code count} fresh copies with ids {@code prefix + n} — as fast as the publisher takes them, or at
     * {@code rate} per second — and waits until all are stored.
     */
    private Measured push(BenchPipeline pipeline, BenchStories source, String prefix, int count, Integer rate,
                          Duration timeout) throws Exception {
        long[] sentAt = new long[count];
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread publisher = new Thread(() -> {
            try {
                long start = System.nanoTime();
                for (int n = 0; n < count; n++) {
                    if (rate != null) {
                        long due = start + (long) (n * (1e9 / rate));
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    var story = source.copy(prefix, n);
                    sentAt[n] = System.currentTimeMillis();
                    pipeline.publish(story);
                }
                pipeline.awaitAcknowledged();
            } catch (Exception e) {
                failed.set(e);
            }
        }, PUBLISHER_THREAD);
        EnrichedWatch enriched = pipeline.watchEnriched(prefix, count);
        long publishStartNanos = System.nanoTime();
        publisher.start();
        publisher.join();
        long publishNanos = System.nanoTime() - publishStartNanos;
        long allAcknowledgedAt = System.currentTimeMillis();
        if (failed.get() != null) {
            enriched.close();
            throw failed.get();
        }
        boolean all = pipeline.awaitStored(prefix, count, timeout);
        enriched.close();
        Map<String, Long> stored = pipeline.storedAt(prefix);
        long[] latencies = new long[stored.size()];
        long lastStored = Long.MIN_VALUE;
        int i = 0;
        for (Map.Entry<String, Long> e : stored.entrySet()) {
            int n = Integer.parseInt(e.getKey().substring(prefix.length()));
            latencies[i++] = e.getValue() - sentAt[n];
            lastStored = Math.max(lastStored, e.getValue());
        }
        Arrays.sort(latencies);
        long firstSent = Arrays.stream(sentAt).min().orElse(0);
        Stages stages = new Stages(allAcknowledgedAt - firstSent,
                enriched.allSeenAtMillis() < 0 ? -1 : enriched.allSeenAtMillis() - firstSent, lastStored - firstSent);
        return new Measured(count, all ? count : stored.size(), lastStored - firstSent, publishNanos / 1e6,
                latencies, rate, stages);
    }

    /**
     * @param sent         stories published
     * @param stored       of them stored
     * @param spanMillis   first publish to last stored
     * @param publishMillis how long publishing (until all acknowledged) took
     * @param latencies    stored_at minus publish time per stored story, sorted (ms)
     * @param rate         the steady rate asked for, or null
     * @param stages       when each stage had seen every story
     */
    record Measured(int sent, int stored, long spanMillis, double publishMillis, long[] latencies, Integer rate,
                    Stages stages) {

        double perSecond() {
            return stored * 1000.0 / Math.max(1, spanMillis);
        }

        /** The nearest-rank percentile {@code p} (0-100) of the latencies, in ms. */
        long percentile(double p) {
            if (latencies.length == 0) {
                return -1;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length);
            return latencies[Math.min(latencies.length - 1, Math.max(0, rank - 1))];
        }
    }

    /**
     * Milliseconds from the first publish until every story was acknowledged by the broker, readable (committed) on
     * the enriched topic (-1 when not seen), and stored: the stage whose time is closest to the next one's is not the
     * one holding the pipeline back.
     */
    record Stages(long acknowledgedMillis, long enrichedMillis, long storedMillis) {
    }

    private void print(PrintWriter out, Measured m, BenchCpu.Usage usage) {
        if (m.rate() == null) {
            out.printf(Locale.ROOT, "run: throughput, %d stories published as fast as the publisher takes them%n",
                    m.sent());
        } else {
            out.printf(Locale.ROOT, "run: steady rate %d stories/s for %d s (%d stories), publishing took %.1f s "
                    + "(%.0f stories/s offered)%n", m.rate(), seconds, m.sent(), m.publishMillis() / 1000,
                    m.sent() * 1000.0 / m.publishMillis());
        }
        out.printf(Locale.ROOT, "stored: %d of %d%n", m.stored(), m.sent());
        out.printf(Locale.ROOT, "sustained: %.0f stories/s end to end (first publish to last stored: %.2f s)%n",
                m.perSecond(), m.spanMillis() / 1000.0);
        out.printf(Locale.ROOT, "stages: all acknowledged by the broker after %.2f s, all enriched (committed on "
                        + "the enriched topic) after %s, all stored after %.2f s%n",
                m.stages().acknowledgedMillis() / 1000.0, m.stages().enrichedMillis() < 0 ? "?"
                        : String.format(Locale.ROOT, "%.2f s", m.stages().enrichedMillis() / 1000.0),
                m.stages().storedMillis() / 1000.0);
        out.printf(Locale.ROOT, "latency p50: %d ms%n", m.percentile(50));
        out.printf(Locale.ROOT, "latency p99: %d ms%n", m.percentile(99));
        out.printf(Locale.ROOT, "latency max: %d ms%n", m.latencies().length == 0 ? -1
                : m.latencies()[m.latencies().length - 1]);
        out.println("latency is per story: stories.stored_at (stamped by the sink when it writes the batch, ms) minus"
                + " the wall-clock time the bench handed the story to the publisher"
                + (m.rate() == null ? "; in a throughput run it includes the wait in the backlog" : ""));
        out.printf(Locale.ROOT, "cpu: per service over %.2f s wall (ThreadMXBean, by thread name; 100 %% = one "
                + "core, %d cores)%n", usage.wallSeconds(), Runtime.getRuntime().availableProcessors());
        double total = 0;
        for (Map.Entry<String, Double> e : usage.cpuSeconds().entrySet()) {
            total += e.getValue();
            out.printf(Locale.ROOT, "cpu %s: %.2f s, %.0f %%, %.2f ms per story%n", e.getKey(), e.getValue(),
                    100 * e.getValue() / usage.wallSeconds(), 1000 * e.getValue() / Math.max(1, m.stored()));
        }
        out.printf(Locale.ROOT, "cpu whole process: %.2f s, %.0f %%, %.2f ms per story%n", total,
                100 * total / usage.wallSeconds(), 1000 * total / Math.max(1, m.stored()));
        if (usage.compileSeconds() >= 0) {
            out.printf(Locale.ROOT, "jit: %.2f s compiling in the window (HotSpot's compilation time; a JIT still "
                    + "busy means a longer --warmup gives a steadier figure)%n", usage.compileSeconds());
        }
        out.printf(Locale.ROOT, "heap: peak used %d MB (sampled every 100 ms), used at end %d MB, max %s%n",
                usage.peakHeapBytes() >> 20, usage.endHeapBytes() >> 20,
                usage.maxHeapBytes() < 0 ? "unbounded" : (usage.maxHeapBytes() >> 20) + " MB");
        if (m.rate() == null) {
            out.printf(Locale.ROOT, "target sustained >= 5000 stories/s: %s (%.0f)%n",
                    m.perSecond() >= 5000 ? "met" : "not met", m.perSecond());
        } else if (m.rate() >= 1000) {
            out.printf(Locale.ROOT, "target p99 <= 500 ms at 1000 stories/s: %s (p99 %d ms at %d stories/s)%n",
                    m.percentile(99) <= 500 ? "met" : "not met", m.percentile(99), m.rate());
        }
    }

    private static void printLimits(PrintWriter out, Measured m, BenchLimits.ProducerLimit producer,
                                    BenchLimits.PassThroughLimit passThrough, int recordBytes, int partitions) {
        out.printf(Locale.ROOT, "producer limit: %.0f records/s (%.1f MB/s, %.1f ms avg latency; ProducerPerformance,"
                        + " %d records of %d bytes, %d partitions, %s)%n", producer.perSecond(),
                producer.mbPerSecond(), producer.avgLatency(), producer.records(), recordBytes, partitions,
                producer.settings());
        out.printf(Locale.ROOT, "pass-through limit: %.0f records/s (first read to last written; %.0f records/s to "
                        + "committed; Kafka Streams, raw topic copied unchanged, %d records, %s)%n",
                passThrough.perSecond(), passThrough.committedPerSecond(), passThrough.records(),
                passThrough.guarantee());
        double ratio = 100 * m.perSecond() / passThrough.perSecond();
        out.printf(Locale.ROOT, "pipeline / pass-through: %.1f %%%n", ratio);
        out.printf(Locale.ROOT, "pipeline / producer: %.1f %%%n", 100 * m.perSecond() / producer.perSecond());
        out.printf(Locale.ROOT, "target >= 30 %% of pass-through: %s (%.1f %%)%n", ratio >= 30 ? "met" : "not met",
                ratio);
    }
}
