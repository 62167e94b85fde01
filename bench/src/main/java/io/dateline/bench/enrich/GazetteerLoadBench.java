package io.dateline.bench.enrich;

import io.dateline.avro.EntityType;
import io.dateline.avro.RawStory;
import io.dateline.enrich.tag.Gazetteer;
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

/**
 * Loading the whole gazetteer from its data files (countries, places, organisations, ~18,000 people and their
 * tenures, the phrase trie, the people indexes): cold (the first load in a fresh JVM, as a service start sees it) and
 * warm. The issue asks for under a second. The Avro runtime is initialised first (about 0.25 s of class loading and
 * schema parsing that a service pays for its first record anyway, whether or not it loads a gazetteer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GazetteerLoadBench {

    @Setup(Level.Trial)
    public void initialiseAvro() {
        if (EntityType.PERSON == null || RawStory.getClassSchema() == null) {
            throw new IllegalStateException("Avro classes did not load");
        }
    }

    /** The first load in a fresh JVM: class loading and interpretation included. */
    @Benchmark
    @Fork(10)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Gazetteer coldLoad() {
        return Gazetteer.load();
    }

    /** A load once the JVM has warmed up. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Gazetteer warmLoad() {
        return Gazetteer.load();
    }
}
