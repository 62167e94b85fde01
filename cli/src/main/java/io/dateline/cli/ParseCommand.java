package io.dateline.cli;

import io.dateline.ingest.IngestPipeline;
import io.dateline.ingest.read.ReadResult;
import io.dateline.schemas.AvroJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Wire files in any supported format -> one RawStory JSON object per story on stdout; every input that could not be
 * (fully) read is reported on stderr, and then the exit code is 3 (every good story is still printed).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse wire files offline (no Kafka) and print one JSON object per story, "
                + "with the field names of RawStory. Files are read in place. Formats: plain wire text, IPTC ninjs "
                + "1.x-3.x, IPTC NewsML-G2, Reuters-21578 SGML (detected from the content). Exit code 3 when some "
                + "input could not be read (reasons on stderr); the good stories are printed all the same.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ReadResult result = IngestPipeline.create().read(paths);
        PrintWriter out = spec.commandLine().getOut();
        result.stories().forEach(story -> out.println(AvroJson.toJson(story)));
        out.flush();
        return Reports.strict(result.files(), spec.commandLine().getErr());
    }
}
