package io.dateline.cli;

import io.dateline.enrich.Enricher;
import io.dateline.enrich.eval.FalseEventCheck;
import io.dateline.enrich.eval.PlacesMap;
import io.dateline.enrich.eval.PloverEval;
import io.dateline.enrich.eval.ReutersEval;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval reuters PATH...}: the enricher scored against gold tags, offline. A thin wrapper over
 * {@link ReutersEval}, which holds the scoring rules (those of {@code shared/tools/score_reuters.py}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalCommand.Reuters.class, EvalCommand.Plover.class},
        description = "Measure the enricher against gold tags.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Reuters-21578 SGML → micro P/R/F1 of story-level countries against PLACES, recall of PEOPLE. */
    @Command(name = "reuters", mixinStandardHelpOptions = true,
            description = "Tag every story of Reuters-21578 SGML files and print micro precision, recall and F1 of "
                    + "story-level countries against the gold PLACES, and recall of the gold PEOPLE (a gold person "
                    + "is found when a tagged person's last name matches).")
    static final class Reuters implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH",
                description = "reut2-*.sgm files, or folders holding them (read in name order).")
        private List<Path> paths;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Also write every enriched story as one JSON line, as 'dateline tag' prints it, "
                        + "for the reference scorer.")
        private Path out;

        @Option(names = "--places", paramLabel = "FILE",
                description = "The PLACES to ISO alpha-3 mapping (default: places-iso3.tsv next to the data).")
        private Path places;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<Path> files;
            try {
                files = ReutersEval.sgmlFiles(paths);
            } catch (IOException e) {
                err.println("dateline: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            Path mapping = places == null ? ReutersEval.defaultPlaces(paths) : places;
            if (!Files.isRegularFile(mapping)) {
                err.println("dateline: no PLACES mapping at " + mapping + "; pass --places FILE");
                return ExitCodes.USAGE;
            }
            ReutersEval.Result result = new ReutersEval(Enricher.standard(Clock.systemUTC()))
                    .run(files, PlacesMap.read(mapping), out);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(ReutersEval.report(result));
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    /** PLOVER gold records → the scores of {@code shared/tools/score_plover.py}; optionally the false-event check. */
    @Command(name = "plover", mixinStandardHelpOptions = true,
            description = "Code the events of PLOVER gold records and print event-type accuracy, source- and "
                    + "target-country accuracy and the share of records with no event (as score_plover.py does).")
    static final class Plover implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.*.json")
        private Path file;

        @Option(names = "--half", paramLabel = "even|odd",
                description = "Score only every other record of each event type (a held-out half).")
        private String half;

        @Option(names = "--false-events", paramLabel = "DIR",
                description = "Also count events coded in sentences of Reuters-21578 stories that report no "
                        + "political event: earnings, commodities and statistics stories (by TOPICS), sentences on "
                        + "disasters and analysts' opinions; the share per kind.")
        private Path reuters;

        @Option(names = "--list", paramLabel = "FILE",
                description = "Write one line per record (gold type and actors, then the events coded, then the "
                        + "text) and, with --false-events, one per sentence that yielded an event: for reading the "
                        + "errors of the half you tune on, never of the held-out half.")
        private Path list;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            Enricher enricher = Enricher.standard(Clock.systemUTC());
            PloverEval eval = new PloverEval(enricher, Clock.systemUTC());
            List<PloverEval.Gold> records = PloverEval.read(file, half);
            try (PrintWriter lines = list == null ? new PrintWriter(Writer.nullWriter())
                    : new PrintWriter(Files.newBufferedWriter(list, StandardCharsets.UTF_8))) {
                records.forEach(gold -> lines.println(eval.describe(gold)));
                stdout.println(eval.score(records).report());
                if (reuters != null) {
                    stdout.println(FalseEventCheck.run(enricher, ReutersEval.sgmlFiles(List.of(reuters)),
                            lines::println).report());
                }
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
