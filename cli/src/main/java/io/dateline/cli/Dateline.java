package io.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: wiring only; each subcommand does one job. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Dateline: an event-driven news ingestion pipeline (ingest -> enrich -> sink over Kafka).",
        subcommands = {RunCommand.class, IngestCommand.class, ParseCommand.class, TagCommand.class,
                EvalCommand.class, ServiceCommand.class, TopicsCommand.class, TailCommand.class, DlqCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Dateline {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Dateline())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("dateline: " + e.getMessage());
                    return ExitCodes.FAILURE;
                });
    }
}
