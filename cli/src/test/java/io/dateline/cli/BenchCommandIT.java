package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.platform.ConfigSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code dateline bench} in its short form on the seeds: every field of the report is there and sane. No figure is
 * held to a target here (the machine is shared); the targets are judged in docs/benchmarks.md.
 */
class BenchCommandIT {

    private static final Path SEEDS = Path.of("..", "seeds");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldReportThroughputLatencyCpuAndTheRawLimits() {
        int code = command().execute("--input", SEEDS.toString(), "--stories", "300", "--warmup", "50",
                "--perf-records", "2000", "--timeout", "180");

        String report = out.toString();
        assertThat(code).as(report + err).isZero();
        assertThat(report).contains("stored: 300 of 300").contains("stories from ../seeds");
        double sustained = number(report, "sustained: ([0-9.]+) stories/s end to end");
        assertThat(sustained).isPositive();
        long p50 = (long) number(report, "latency p50: (-?[0-9]+) ms");
        long p99 = (long) number(report, "latency p99: (-?[0-9]+) ms");
        long max = (long) number(report, "latency max: (-?[0-9]+) ms");
        assertThat(p50).isNotNegative().isLessThanOrEqualTo(p99);
        assertThat(p99).isLessThanOrEqualTo(max);
        // the stages in order: a story is enriched after it is published and stored after it is enriched (the
        // margins: threads that note the time are scheduled late on a loaded machine)
        double acknowledged = number(report, "all acknowledged by the broker after ([0-9.]+) s");
        double enriched = number(report, "all enriched \\(committed on the enriched topic\\) after ([0-9.]+) s");
        double stored = number(report, "all stored after ([0-9.]+) s");
        assertThat(enriched).isPositive().isGreaterThan(acknowledged - 0.5).isLessThan(stored + 1);
        for (String service : new String[] {BenchCpu.INGEST, BenchCpu.ENRICH, BenchCpu.SINK, BenchCpu.BROKER,
                BenchCpu.JVM}) {
            assertThat(number(report, "cpu " + Pattern.quote(service) + ": ([0-9.]+) s")).as(service).isNotNegative();
        }
        assertThat(number(report, "cpu " + Pattern.quote(BenchCpu.ENRICH) + ": ([0-9.]+) s")).isPositive();
        assertThat(number(report, "heap: peak used ([0-9]+) MB")).isPositive();
        assertThat(number(report, "producer limit: ([0-9.]+) records/s")).isPositive();
        assertThat(report).contains("ProducerPerformance, 2000 records of");
        double passThrough = number(report, "pass-through limit: ([0-9.]+) records/s");
        assertThat(passThrough).isPositive();
        assertThat(number(report, "Kafka Streams, raw topic copied unchanged, ([0-9]+) records"))
                .isGreaterThanOrEqualTo(350);   // the warm-up and the measured stories
        // both rates are printed rounded to whole records/s, the share from the unrounded ones: it lies within what
        // the rounding allows (half a record/s either way on each rate, half a tenth on the share)
        assertThat(number(report, "pipeline / pass-through: ([0-9.]+) %"))
                .isBetween(100 * (sustained - 0.5) / (passThrough + 0.5) - 0.05,
                        100 * (sustained + 0.5) / (passThrough - 0.5) + 0.05);
        assertThat(report).containsPattern("machine: [0-9]+ cores, 1-minute load average")
                .containsPattern("target >= 30 % of pass-through: (met|not met)")
                .containsPattern("target sustained >= 5000 stories/s: (met|not met)");
    }

    @Test
    void shouldReportLatencyAtASteadyRate() {
        int code = command().execute("--input", SEEDS.toString(), "--rate", "50", "--seconds", "2",
                "--warmup", "0", "--timeout", "180");

        String report = out.toString();
        assertThat(code).as(report + err).isZero();
        assertThat(report).contains("run: steady rate 50 stories/s for 2 s (100 stories)")
                .contains("stored: 100 of 100")
                .doesNotContain("pass-through limit");   // the rate mode measures latency only
        assertThat(number(report, "latency p99: ([0-9]+) ms"))
                .isGreaterThanOrEqualTo(number(report, "latency p50: ([0-9]+) ms"));
    }

    private CommandLine command() {
        CommandLine command = new CommandLine(new BenchCommand(ConfigSource.of(Map.of())));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command;
    }

    private static double number(String report, String regex) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertThat(m.find()).as("/" + regex + "/ in:\n" + report).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
