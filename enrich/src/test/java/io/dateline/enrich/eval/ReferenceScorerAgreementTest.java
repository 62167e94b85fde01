package io.dateline.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.enrich.Enricher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eval's figures agree with the reference scorer's on the same tagged output: one development file is tagged,
 * written as NDJSON and scored both by {@link ReutersScore} and by {@code shared/tools/score_reuters.py}. Skipped
 * without the shared data or python3.
 */
class ReferenceScorerAgreementTest {

    private static final Path SHARED = Path.of("../../shared");
    private static final Path FILE = SHARED.resolve("data/reuters21578/reut2-000.sgm");
    private static final Path SCORER = SHARED.resolve("tools/score_reuters.py");

    @Test
    void shouldPrintTheSameFiguresAsTheReferenceScorer(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FILE) && Files.isRegularFile(SCORER), "shared data not here");
        Assumptions.assumeTrue(python3Runs(), "python3 is not installed");
        Path out = dir.resolve("tagged.ndjson");

        ReutersEval.Result result = new ReutersEval(Enricher.standard(Clock.systemUTC()))
                .run(List.of(FILE), PlacesMap.read(ReutersEval.defaultPlaces(List.of(FILE))), out);
        String reference = python(SCORER.toString(), out.toString(), FILE.toString());

        ReutersScore score = result.score();
        assertThat(reference).contains(String.format(Locale.ROOT, "countries P=%.3f R=%.3f F1=%.3f",
                score.precision(), score.recall(), score.f1()));
        assertThat(reference).contains(String.format(Locale.ROOT, "people recall=%.3f", score.peopleRecall()));
        assertThat(reference).contains("tagged=" + score.stories());
    }

    private static boolean python3Runs() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the reference scorer finishes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
