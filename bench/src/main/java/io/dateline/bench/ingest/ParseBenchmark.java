package io.dateline.bench.ingest;

import io.dateline.bench.BenchData;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing speed on one core, in seconds per pass over the Reuters-21578 development copy (13,065,830 bytes):
 * {@link #reutersSgml} reads the ten SGML files as they are; {@link #plainText} reads the same 10,000 stories written
 * out as plain wire text files (headline, dateline with agency, body, trailer), built in memory at setup. MB/s = the
 * input bytes printed at setup / the score. Run: {@code java -jar bench/target/benchmarks.jar ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ParseBenchmark {

    private StoryParser parser;
    private List<WireInput> sgml;
    private List<WireInput> plain;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        parser = WireFormats.parser(ParseContext.system());
        sgml = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path file = BenchData.reuters().resolve(String.format(Locale.ROOT, "reut2-%03d.sgm", i));
            sgml.add(new WireInput("bench", file.toString(), Files.readAllBytes(file)));
        }
        plain = new ArrayList<>();
        for (WireInput input : sgml) {
            ParseResult result = parser.parse(input);
            result.stories().forEach(story -> plain.add(new WireInput("bench", story.getId(), asPlainText(
                    story.getHeadline(), story.getDateline(), story.getBody()).getBytes(StandardCharsets.UTF_8))));
        }
        System.out.printf(Locale.ROOT, "%nSGML: %d files, %d bytes; plain text: %d files, %d bytes%n", sgml.size(),
                bytes(sgml), plain.size(), bytes(plain));
    }

    /** A story as an agency's plain wire text: headline, blank line, dateline with agency, paragraphs, trailer. */
    static String asPlainText(String headline, String dateline, String body) {
        String[] paragraphs = body.split("\n\n");
        StringBuilder text = new StringBuilder(headline).append("\r\n\r\n");
        if (dateline != null) {
            text.append(dateline.toUpperCase(Locale.ROOT)).append(" (Reuters) - ");
        }
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\r\n");
        }
        return text.append("(Reporting by Bench Mark; Editing by Jay Emaitch)\r\nReuters\r\n").toString();
    }

    private static long bytes(List<WireInput> inputs) {
        return inputs.stream().mapToLong(input -> input.content().length).sum();
    }

    @Benchmark
    public void reutersSgml(Blackhole blackhole) {
        for (WireInput input : sgml) {
            blackhole.consume(parser.parse(input));
        }
    }

    @Benchmark
    public void plainText(Blackhole blackhole) {
        for (WireInput input : plain) {
            blackhole.consume(parser.parse(input));
        }
    }
}
