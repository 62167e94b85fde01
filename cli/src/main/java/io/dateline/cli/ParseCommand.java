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

/** Wire files -> one RawStory JSON object per story on stdout; files that hold no story are reported on stderr. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse wire files offline (no Kafka) and print one JSON object per story, "
                + "with the field names of RawStory. Files are read in place.")
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
        return Reports.problems(result.files(), spec.commandLine().getErr(), !result.stories().isEmpty());
    }
}
