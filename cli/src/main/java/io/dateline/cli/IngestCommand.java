package io.dateline.cli;

import io.dateline.embedded.EmbeddedKafka;
import io.dateline.ingest.ConsoleProgress;
import io.dateline.ingest.IngestConfig;
import io.dateline.ingest.IngestPipeline;
import io.dateline.ingest.IngestReport;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.metrics.IngestMetrics;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.publish.KafkaReadiness;
import io.dateline.ingest.publish.StoryPublisher;
import io.dateline.ingest.read.StoryReader;
import io.dateline.ingest.watch.DropFolder;
import io.dateline.ingest.watch.DropFolderWatcher;
import io.dateline.ingest.watch.DropOutcome;
import io.dateline.platform.ConfigException;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Wire files -> RawStory records on Kafka: a backfill of {@code PATH...} (read in place, with progress), and/or a drop
 * folder watched until Ctrl-C ({@code --watch DIR}, files moved to processed/ or rejected/). Needs a cluster:
 * {@code --bootstrap-servers} or DATELINE_BOOTSTRAP_SERVERS, or {@code --embedded} for a throw-away in-process broker.
 * Exit codes as the README's: 0 done, 1 Kafka failed, 2 wrong usage, 3 inputs read but none held a story.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish wire files to Kafka as RawStory records. PATH... are read in place (never moved or "
                + "changed) with a progress bar on a terminal; --watch DIR keeps ingesting files dropped into DIR "
                + "(moved to DIR/processed/ once Kafka acknowledged their stories, or DIR/rejected/ with a "
                + "<name>.reason.txt) until Ctrl-C. Other settings come from DATELINE_INGEST_* (docs/configuration.md).")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to backfill (read recursively).")
    private List<Path> paths;

    @Option(names = "--watch", paramLabel = "DIR", description = "Watch this drop folder until Ctrl-C.")
    private Path watch;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "The Kafka cluster (default: DATELINE_BOOTSTRAP_SERVERS).")
    private String bootstrapServers;

    @Option(names = "--embedded", description = "Start a throw-away in-process Kafka broker for this run "
            + "(to try ingest or measure it; the records are gone when the command ends).")
    private boolean embedded;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((paths == null || paths.isEmpty()) && watch == null) {
            err.println("dateline ingest: name PATH... to backfill, or --watch DIR (see --help)");
            return ExitCodes.USAGE;
        }
        ConfigSource env = ConfigSource.fromEnvironment();
        String servers = bootstrapServers != null ? bootstrapServers
                : env.isSet(KafkaSettings.BOOTSTRAP_SERVERS) ? env.get(KafkaSettings.BOOTSTRAP_SERVERS) : null;
        if (servers == null && !embedded) {
            err.println("dateline ingest: needs a Kafka cluster: pass --bootstrap-servers HOST:PORT or set "
                    + "DATELINE_BOOTSTRAP_SERVERS (or --embedded for a throw-away in-process broker)");
            return ExitCodes.USAGE;
        }
        IngestConfig config;
        try (EmbeddedKafka broker = embedded && servers == null ? startBroker(err) : null) {
            try {
                config = IngestConfig.from(env.with(Map.of(KafkaSettings.BOOTSTRAP_SERVERS.name(),
                        broker != null ? broker.bootstrapServers() : servers)));
            } catch (ConfigException e) {
                err.println("dateline ingest: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return run(config, out, err);
        }
    }

    private static EmbeddedKafka startBroker(PrintWriter err) {
        err.println("dateline: starting an embedded Kafka broker ...");
        err.flush();
        return EmbeddedKafka.start();
    }

    private int run(IngestConfig config, PrintWriter out, PrintWriter err) throws InterruptedException, IOException {
        ParseContext context = new ParseContext(Clock.systemUTC(), config.ingestHost(), config.limits());
        IngestMetrics metrics = IngestMetrics.inMemory();
        try (StoryPublisher publisher = open(config, metrics)) {
            int code = ExitCodes.OK;
            if (paths != null && !paths.isEmpty()) {
                code = backfill(config, context, publisher, out, err);
            }
            if (watch != null && code != ExitCodes.FAILURE) {
                watch(config, context, publisher, metrics, out, err);
            }
            return code;
        } catch (KafkaException e) {
            err.println("dateline ingest: Kafka at " + config.kafka().bootstrapServers() + " failed: "
                    + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static StoryPublisher open(IngestConfig config, IngestMetrics metrics) {
        if (config.kafka().createTopics()) {
            StoryPublisher.createTopics(config.kafka(), config.publishTimeout());
        }
        return StoryPublisher.create(config.kafka(), config.publishTimeout(), config.dedupeCapacity(), metrics);
    }

    private int backfill(IngestConfig config, ParseContext context, StoryPublisher publisher, PrintWriter out,
                         PrintWriter err) {
        IngestPipeline pipeline = IngestPipeline.create(context, config.maxFileBytes(), "backfill");
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null, System::nanoTime);
        long started = System.nanoTime();
        IngestReport report = pipeline.publish(paths, publisher, progress);
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        Reports.problems(report.files(), err, true);
        report.publishing().failures().forEach(f -> err.println("dateline: not published: " + f));
        err.flush();
        out.println(String.format(Locale.ROOT, "ingest: %s to %s in %.2f s (%,.0f stories/s)", report.summary(),
                config.kafka().topics().rawStories().name(), seconds,
                report.publishing().publishedCount() / Math.max(seconds, 1e-9)));
        out.flush();
        if (!report.publishing().ok()) {
            return ExitCodes.FAILURE;
        }
        return report.publishing().publishedCount() > 0 ? ExitCodes.OK : ExitCodes.NO_STORIES;
    }

    private void watch(IngestConfig config, ParseContext context, StoryPublisher publisher, IngestMetrics metrics,
                       PrintWriter out, PrintWriter err) throws InterruptedException, IOException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (KafkaReadiness readiness = new KafkaReadiness(config.kafka(), Duration.ofSeconds(2)).start();
             DropFolderWatcher watcher = new DropFolderWatcher(new DropFolder(watch),
                     new StoryReader(WireFormats.parser(context), "watch", config.maxFileBytes()), publisher,
                     readiness::ready, metrics, config.dropPoll(), config.dropSettle(), config.publishTimeout(),
                     outcome -> report(outcome, out))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "dateline-ingest-shutdown"));
            err.println("dateline: watching " + watch.toAbsolutePath() + " (Ctrl-C to stop)");
            err.flush();
            watcher.start();
            stopped.await();
        }
    }

    private static void report(DropOutcome outcome, PrintWriter out) {
        if (outcome.processed()) {
            out.println("processed: " + outcome.file().getFileName() + " (" + outcome.storyIds().size()
                    + " stories) -> " + outcome.movedTo());
        } else if (outcome.rejected()) {
            out.println("rejected: " + outcome.file().getFileName() + " -> " + outcome.movedTo() + " ("
                    + outcome.rejection().lines().filter(l -> l.startsWith("reason:")).findFirst().orElse("") + ")");
        } else {
            out.println("waiting: " + outcome.file().getFileName() + ": " + outcome.rejection());
        }
        out.flush();
    }
}
