package io.dateline.bench.enrich;

import io.dateline.avro.RawStory;
import io.dateline.bench.BenchData;
import io.dateline.enrich.Enricher;
import io.dateline.enrich.eval.ReutersEval;
import io.dateline.enrich.eval.ReutersSgml;
import io.dateline.enrich.eval.ReutersStory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole enricher (sentences, tokens, the gazetteer trie, the name rules, salience, the EnrichedStory record) over
 * every story of the Reuters-21578 development files, one thread: the time of one pass over 10,000 stories (8.0 MB of
 * headline and body text); MB/s is that size over the time. Run with {@code -jvmArgs -Xmx256m} to show it fits the
 * heap budget. Results and the command: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class EnrichBench {

    private List<RawStory> stories;
    private Enricher enricher;

    @Setup(Level.Trial)
    public void load() throws IOException {
        stories = new ArrayList<>();
        for (Path file : ReutersEval.sgmlFiles(List.of(BenchData.reuters()))) {
            for (ReutersStory story : ReutersSgml.read(file)) {
                stories.add(story.story());
            }
        }
        long chars = stories.stream().mapToLong(s -> s.getHeadline().length() + 2 + s.getBody().length()).sum();
        System.out.printf("%n%d stories, %d chars of text%n", stories.size(), chars);
        enricher = Enricher.standard(Clock.systemUTC());
    }

    /** One pass of the enricher over every development story. */
    @Benchmark
    public void enrichReuters(Blackhole blackhole) {
        for (RawStory story : stories) {
            blackhole.consume(enricher.enrich(story));
        }
    }
}
