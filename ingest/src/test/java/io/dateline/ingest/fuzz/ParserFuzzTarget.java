package io.dateline.ingest.fuzz;

import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Bounded fuzzing of a parser: a subclass per format is one fuzz target, run for {@link FuzzBudget#seconds()} (a few
 * seconds locally, 60 in CI, where two targets run side by side; {@code -Ddateline.fuzz.seconds=600} for a long run).
 * The format is fed its own corpus mutated; the property is {@link StoryChecks}: only documented rejections, no hang,
 * and every accepted story valid. A failing input is kept in {@code target/fuzz-findings/} ({@link Findings}) and the
 * seed printed; jqwik replays that seed on the next run. Not shrunk: inputs are large, and a finding is read by a
 * human.
 */
@AddLifecycleHook(FuzzBudget.class)
abstract class ParserFuzzTarget {

    /** The parser under test. */
    abstract WireFormat format();

    /** The name of its corpus folder ({@link FuzzInputs#corpus(String)}). */
    abstract String corpus();

    @Property(tries = Integer.MAX_VALUE, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void parse(@ForAll("mutatedCorpus") byte[] input) {
        Findings.keepIfFailing(corpus(), input, () -> StoryChecks.assertSane(
                format().parse(new WireInput("fuzz", "fuzz-input", input), Parsing.CONTEXT)));
    }

    @Provide
    Arbitrary<byte[]> mutatedCorpus() {
        return FuzzInputs.inputs(FuzzInputs.corpus(corpus()));
    }
}
