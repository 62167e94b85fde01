package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dateline eval plover} over a small PLOVER-shaped file of our own: the figures it prints. */
class EvalPloverCommandTest {

    /**
     * Four coded records and the DOCUMENT record: a criticism the coder gets right, a negated threat (no event), a
     * phone call it gets right and a company result coded as an event it does not find. As in score_plover.py, target
     * accuracy counts only records that yielded an event. Records are numbered per type, so the second DISAPPROVE is
     * the only one of the odd half.
     */
    private static final String GOLD = """
            [
             {"id": "DOC", "event": "DOCUMENT", "text": "Test records written for Dateline."},
             {"id": "T-DISAPPROVE-1", "event": "DISAPPROVE", "text": "Norway lambasted Russia.",
              "source": [{"actorText": "Norway", "code": "NOR"}], "target": [{"actorText": "Russia", "code": "RUS"}]},
             {"id": "T-DISAPPROVE-2", "event": "DISAPPROVE", "text": "Chile did not threaten Peru.",
              "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]},
             {"id": "T-CONSULT-1", "event": "CONSULT", "text": "Egypt held phone calls with Jordan on Sunday.",
              "source": [{"actorText": "Egypt", "code": "EGY"}], "target": [{"actorText": "Jordan", "code": "JOR"}]},
             {"id": "T-AGREE-1", "event": "AGREE",
              "text": "Net profit rose to 12 mln dlrs from 9 mln dlrs a year earlier.",
              "source": [{"actorText": "Net", "code": "CAN"}], "target": []}
            ]
            """;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Dateline());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        return command.execute(args);
    }

    @Test
    void shouldPrintTheScoresOfEveryRecord(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);

        int code = run("eval", "plover", gold.toString());

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(
                "records=4 event_type_acc=0.500 source_acc=0.500 target_acc=1.000 no_event=0.500");
    }

    @Test
    void shouldScoreOnlyTheEvenHalfOfEachEventType(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"), GOLD);

        int code = run("eval", "plover", gold.toString(), "--half", "even");

        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo(
                "records=3 event_type_acc=0.667 source_acc=0.667 target_acc=1.000 no_event=0.333");
    }
}
