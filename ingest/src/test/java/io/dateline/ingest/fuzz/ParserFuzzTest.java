package io.dateline.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.ingest.newsml.NewsmlG2Format;
import io.dateline.ingest.ninjs.NinjsFormat;
import io.dateline.ingest.parse.Detection;
import io.dateline.ingest.parse.FormatDetector;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.plain.PlainTextFormat;
import io.dateline.ingest.reuters.ReutersSgmlFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Bounded fuzzing of every parser, one target each, for {@link FuzzBudget#seconds()} (a few seconds locally, 60 in
 * CI; {@code -Ddateline.fuzz.seconds=600} for a long run): each format is fed its own corpus mutated, the detector and
 * the whole parser every corpus. The property is {@link StoryChecks}: only documented rejections, no hang, and every
 * accepted story valid. A failing input is kept in {@code target/fuzz-findings/} ({@link Findings}) and the seed
 * printed; jqwik replays that seed on the next run. Not shrunk: inputs are large, and a finding is read by a human.
 */
@AddLifecycleHook(FuzzBudget.class)
class ParserFuzzTest {

    private static final int UNTIL_BUDGET = Integer.MAX_VALUE;

    @Property(tries = UNTIL_BUDGET, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void plainText(@ForAll("plain") byte[] input) {
        check("plain", new PlainTextFormat(), input);
    }

    @Property(tries = UNTIL_BUDGET, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void ninjs(@ForAll("ninjs") byte[] input) {
        check("ninjs", new NinjsFormat(), input);
    }

    @Property(tries = UNTIL_BUDGET, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void newsmlG2(@ForAll("newsml") byte[] input) {
        check("newsml", new NewsmlG2Format(), input);
    }

    @Property(tries = UNTIL_BUDGET, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void reutersSgml(@ForAll("reuters") byte[] input) {
        check("reuters", new ReutersSgmlFormat(), input);
    }

    /** The detector never throws and names a rejection exactly when it names no format; the parser behind it holds. */
    @Property(tries = UNTIL_BUDGET, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void detectorAndParser(@ForAll("everything") byte[] input) {
        Findings.keepIfFailing("detector", input, () -> {
            Detection detection = new FormatDetector().detect(input);
            assertThat(detection.rejection() == null).isEqualTo(detection.isWireFormat());

            StoryChecks.assertSane(Parsing.parse(input));
        });
    }

    private static void check(String target, WireFormat format, byte[] input) {
        Findings.keepIfFailing(target, input, () -> StoryChecks.assertSane(
                format.parse(new WireInput("fuzz", "fuzz-input", input), Parsing.CONTEXT)));
    }

    @Provide
    Arbitrary<byte[]> plain() {
        return FuzzInputs.inputs(FuzzInputs.corpus("plain"));
    }

    @Provide
    Arbitrary<byte[]> ninjs() {
        return FuzzInputs.inputs(FuzzInputs.corpus("ninjs"));
    }

    @Provide
    Arbitrary<byte[]> newsml() {
        return FuzzInputs.inputs(FuzzInputs.corpus("newsml"));
    }

    @Provide
    Arbitrary<byte[]> reuters() {
        return FuzzInputs.inputs(FuzzInputs.corpus("reuters"));
    }

    @Provide
    Arbitrary<byte[]> everything() {
        return FuzzInputs.inputs(FuzzInputs.wholeCorpus());
    }
}
