package io.dateline.cli;

import io.dateline.avro.RawStory;
import io.dateline.enrich.Enricher;
import io.dateline.ingest.IngestPipeline;
import io.dateline.ingest.read.ReadResult;
import io.dateline.schemas.AvroJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Wire files (or NDJSON on stdin) -> one EnrichedStory JSON object per story on stdout, offline: the same parser and
 * enricher the services run, without Kafka.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Parse and enrich offline (no Kafka) and print one JSON object per story, with the field names "
                + "of EnrichedStory. '-' reads NDJSON from stdin: each line has id, headline, body and optionally "
                + "versionCreated (ISO-8601), which dates the story.")
final class TagCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders, or '-' for NDJSON on stdin.")
    private List<String> inputs;

    @Spec
    private CommandSpec spec;

    /** Where '-' reads from; tests replace it. */
    private final InputStream stdin;

    TagCommand() {
        this(System.in);
    }

    TagCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        Enricher enricher = Enricher.standard(Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.equals(List.of("-"))) {
            return tagStdin(enricher, out, err);
        }
        if (inputs.contains("-")) {
            err.println("dateline: '-' (stdin) cannot be mixed with paths");
            return ExitCodes.USAGE;
        }
        ReadResult result = IngestPipeline.create().read(inputs.stream().map(Path::of).toList());
        result.stories().forEach(story -> out.println(AvroJson.toJson(enricher.enrich(story))));
        out.flush();
        return Reports.problems(result.files(), err, !result.stories().isEmpty());
    }

    private int tagStdin(Enricher enricher, PrintWriter out, PrintWriter err) throws IOException {
        NdjsonStories lines = new NdjsonStories(Clock.systemUTC());
        int stories = 0;
        int bad = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    RawStory story = lines.parse(line, number);
                    out.println(AvroJson.toJson(enricher.enrich(story)));
                    stories++;
                } catch (IllegalArgumentException e) {
                    err.println("dateline: stdin line " + number + ": " + e.getMessage());
                    bad++;
                }
            }
        }
        out.flush();
        err.flush();
        return stories > 0 || bad == 0 ? ExitCodes.OK : ExitCodes.NO_STORIES;
    }
}
