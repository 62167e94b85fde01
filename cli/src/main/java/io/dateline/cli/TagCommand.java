package io.dateline.cli;

import io.dateline.avro.EnrichedStory;
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
import java.util.function.Function;
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
    /** The enricher; tests replace it. */
    private final Function<RawStory, EnrichedStory> enricher;

    TagCommand() {
        this(System.in);
    }

    TagCommand(InputStream stdin) {
        this(stdin, Enricher.standard(Clock.systemUTC())::enrich);
    }

    TagCommand(InputStream stdin, Function<RawStory, EnrichedStory> enricher) {
        this.stdin = stdin;
        this.enricher = enricher;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.equals(List.of("-"))) {
            return tagStdin(out, err);
        }
        if (inputs.contains("-")) {
            err.println("dateline: '-' (stdin) cannot be mixed with paths");
            return ExitCodes.USAGE;
        }
        ReadResult result = IngestPipeline.create().read(inputs.stream().map(Path::of).toList());
        long failed = result.stories().stream().filter(story -> !tag(story, out, err)).count();
        out.flush();
        int code = Reports.problems(result.files(), err, !result.stories().isEmpty());
        return failed > 0 ? ExitCodes.FAILURE : code;
    }

    /**
     * Prints the enriched story; when enriching it fails (a bug: the service would dead-letter the record), says which
     * story and why on stderr and returns false, so one story does not stop the rest.
     */
    private boolean tag(RawStory story, PrintWriter out, PrintWriter err) {
        try {
            out.println(AvroJson.toJson(enricher.apply(story)));
            return true;
        } catch (RuntimeException e) {
            err.println("dateline: story " + story.getId() + ": enrichment failed: " + e);
            return false;
        }
    }

    private int tagStdin(PrintWriter out, PrintWriter err) throws IOException {
        NdjsonStories lines = new NdjsonStories(Clock.systemUTC());
        int stories = 0;
        int bad = 0;
        int failed = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                RawStory story;
                try {
                    story = lines.parse(line, number);
                } catch (IllegalArgumentException e) {
                    err.println("dateline: stdin line " + number + ": " + e.getMessage());
                    bad++;
                    continue;
                }
                if (tag(story, out, err)) {
                    stories++;
                } else {
                    failed++;
                }
            }
        }
        out.flush();
        err.flush();
        if (failed > 0) {
            return ExitCodes.FAILURE;
        }
        return stories > 0 || bad == 0 ? ExitCodes.OK : ExitCodes.NO_STORIES;
    }
}
