package io.dateline.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.ingest.parse.Detection;
import io.dateline.ingest.parse.FormatDetector;
import io.dateline.ingest.parse.Parsing;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzz target: the format detector on every corpus, mutated, and the whole parser behind it: the detector never
 * throws and names a rejection exactly when it names no format; the parser holds {@link StoryChecks}.
 */
@AddLifecycleHook(FuzzBudget.class)
class DetectorFuzzTest {

    @Property(tries = Integer.MAX_VALUE, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void detectorAndParser(@ForAll("corpus") byte[] input) {
        Findings.keepIfFailing("detector", input, () -> {
            Detection detection = new FormatDetector().detect(input);
            assertThat(detection.rejection() == null).isEqualTo(detection.isWireFormat());
            StoryChecks.assertSane(Parsing.parse(input));
        });
    }

    @Provide
    Arbitrary<byte[]> corpus() {
        return FuzzInputs.inputs(FuzzInputs.wholeCorpus());
    }
}
