package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The usage errors of {@code dateline ingest}, which need no broker. */
class IngestCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Dateline.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void shouldAskForPathsOrADropFolder() {
        assertThat(run("ingest")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("name PATH... to backfill, or --watch DIR");
    }

    @Test
    void shouldListIngestInTheHelp() {
        assertThat(run("ingest", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--watch=DIR").contains("--bootstrap-servers").contains("--embedded");
    }
}
