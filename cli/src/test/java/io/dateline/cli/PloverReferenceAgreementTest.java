package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dateline eval plover} prints what {@code shared/tools/score_plover.py} prints for the same records when
 * they go its way: {@code score_plover.py input}, {@code dateline tag -}, {@code score_plover.py score}. The records
 * are our own; one names a leader by title and surname, whose country depends on the date the story is read with, so
 * both ways must date an undated record alike. Skipped without the reference scorer or python3.
 */
class PloverReferenceAgreementTest {

    private static final Path SCORER = Path.of("../../shared/tools/score_plover.py");

    private static final String GOLD = """
            [
             {"id": "DOC", "event": "DOCUMENT", "text": "Test records written for Dateline."},
             {"id": "A-THREATEN-1", "event": "THREATEN",
              "text": "President Obama threatened further action against Russia on Tuesday.",
              "source": [{"actorText": "Obama", "code": "USA"}], "target": [{"actorText": "Russia", "code": "RUS"}]},
             {"id": "A-FIGHT-1", "event": "FIGHT", "text": "Israel mounted its invasion of Lebanon at dawn.",
              "source": [{"actorText": "Israel", "code": "ISR"}], "target": [{"actorText": "Lebanon", "code": "LBN"}]},
             {"id": "A-CONSULT-1", "event": "CONSULT", "text": "Egypt held phone calls with Jordan on Sunday.",
              "source": [{"actorText": "Egypt", "code": "EGY"}], "target": [{"actorText": "Jordan", "code": "JOR"}]},
             {"id": "A-AGREE-1", "event": "AGREE", "text": "Net profit rose to 12 mln dlrs from 9 mln dlrs.",
              "source": [], "target": []}
            ]
            """;

    @Test
    void shouldPrintTheSameFiguresAsTheReferenceScorer(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCORER), "shared/tools not here");
        Assumptions.assumeTrue(python3Runs(), "python3 is not installed");
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);
        Path tagged = dir.resolve("tagged.ndjson");

        String input = python(SCORER.toString(), "input", gold.toString());
        Files.writeString(tagged, run(new TagCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                "-"));
        String reference = python(SCORER.toString(), "score", gold.toString(), tagged.toString());
        String ours = run(new Dateline(), "eval", "plover", gold.toString());

        assertThat(ours.strip()).isEqualTo(reference.strip()).startsWith("records=4 event_type_acc=0.750");
    }

    private static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(line.execute(args)).isZero();
        return out.toString();
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
