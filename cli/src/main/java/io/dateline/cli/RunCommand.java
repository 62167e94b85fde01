package io.dateline.cli;

import io.dateline.ingest.IngestReport;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.SinkConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Inputs -> embedded (or given) Kafka -> enrich -> store, in one process: ingests the inputs, waits until every story
 * is stored, prints a summary. With {@code --follow} it then keeps watching the inputs until stopped.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline in one process: start an embedded Kafka broker (unless a cluster is "
                + "given) and the three services, ingest the inputs (read in place, never moved or changed), wait "
                + "until every story is stored and print a summary.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders to ingest (default: the seeds/ folder of this checkout).")
    private List<Path> inputs;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of the embedded broker "
                    + "(also taken from DATELINE_BOOTSTRAP_SERVERS).")
    private String bootstrapServers;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store here instead of the default (DATELINE_SINK_DB_URL, else jdbc:sqlite:dateline.db).")
    private String db;

    @Option(names = "--follow", description = "Keep watching the inputs for new or changed files until Ctrl-C.")
    private boolean follow;

    @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "8083",
            description = "With --follow: serve the analysts' dashboard on http://127.0.0.1:PORT/ (default: "
                    + "${DEFAULT-VALUE}; 0 picks a free port, -1 turns it off). DATELINE_SINK_HTTP_PORT and "
                    + "DATELINE_SINK_HTTP_HOST, when set, win.")
    private int dashboardPort;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for every story to be stored (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Spec
    private CommandSpec spec;

    /** Settings under the options: the environment, or what a test gives. */
    private final ConfigSource base;

    /** Set to end {@code --follow} (by the shutdown hook on Ctrl-C, or by a test). */
    final AtomicBoolean stopping = new AtomicBoolean();

    RunCommand() {
        this(ConfigSource.fromEnvironment());
    }

    RunCommand(ConfigSource base) {
        this.base = base;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigSource env = base;
        if (dashboardPort < -1 || dashboardPort > 65_535) {
            throw new ParameterException(spec.commandLine(), "--dashboard-port " + dashboardPort
                    + " is invalid: must be 0 to 65535, or -1 for no dashboard");
        }
        boolean embedded = bootstrapServers == null && !env.isSet(KafkaSettings.BOOTSTRAP_SERVERS);
        List<Path> paths = inputs == null ? List.of(defaultInputs()) : inputs;
        err.println(embedded ? "dateline: starting an embedded Kafka broker and the services ..."
                : "dateline: starting the services on " + (bootstrapServers != null ? bootstrapServers
                : env.get(KafkaSettings.BOOTSTRAP_SERVERS)) + " ...");
        err.flush();
        long started = System.nanoTime();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LocalPipeline pipeline = LocalPipeline.start(env.with(overrides()), embedded)) {
            pipeline.sinkHttpPort().ifPresent(port -> {
                String host = env.find(SinkConfig.HTTP_HOST).filter(h -> !h.equals("0.0.0.0")).orElse("127.0.0.1");
                err.println("dateline: dashboard at http://" + host + ":" + port + "/");
                err.flush();
            });
            RunReport report = ingestAndWait(pipeline, paths, err);
            report.print(out, pipeline.storeDescription(), Duration.ofNanos(System.nanoTime() - started));
            if (!report.complete() || !follow) {
                return report.complete() ? (report.stories() > 0 ? ExitCodes.OK : ExitCodes.NO_STORIES)
                        : ExitCodes.FAILURE;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.set(true);
                awaitQuietly(stopped);
            }, "dateline-run-shutdown"));
            err.println("dateline: following " + paths + " (Ctrl-C to stop)");
            err.flush();
            new InputWatcher(paths).follow(stopping, changed -> {
                RunReport more = ingestAndWait(pipeline, changed, err);
                more.printStories(out);
            });
            return ExitCodes.OK;
        } finally {
            stopped.countDown();
        }
    }

    private RunReport ingestAndWait(LocalPipeline pipeline, List<Path> paths, PrintWriter err)
            throws InterruptedException {
        IngestReport ingested = pipeline.ingest(paths);
        Reports.problems(ingested.files(), err, true);
        ingested.publishing().failures().forEach(f -> err.println("dateline: not published: " + f));
        Map<String, Long> expected = LocalPipeline.versions(ingested.publishing().published());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        List<String> missing = pipeline.notYetStored(expected);
        while (!missing.isEmpty() && System.nanoTime() < deadline && pipeline.healthy()) {
            Thread.sleep(200);
            missing = pipeline.notYetStored(expected);
        }
        while (missing.isEmpty() && !pipeline.drained() && System.nanoTime() < deadline && pipeline.healthy()) {
            Thread.sleep(200);   // the stories are stored; let the escalation windows and commits catch up
        }
        if (!missing.isEmpty()) {
            err.println("dateline: " + missing.size() + " of " + expected.size() + " stories not stored "
                    + (pipeline.healthy() ? "within " + timeoutSeconds + " s" : "(a service failed; see the log)")
                    + ": " + missing);
        }
        err.flush();
        return RunReport.of(ingested, expected, missing, pipeline::find);
    }

    private Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        if (bootstrapServers != null) {
            overrides.put(KafkaSettings.BOOTSTRAP_SERVERS.name(), bootstrapServers);
        }
        if (db != null) {
            overrides.put(SinkConfig.DB_URL.name(), db);
        }
        if (follow && !base.isSet(SinkConfig.HTTP_PORT)) {
            // the dashboard is worth serving while the run lasts; on this machine only unless told otherwise
            overrides.put(SinkConfig.HTTP_PORT.name(), Integer.toString(dashboardPort));
            if (!base.isSet(SinkConfig.HTTP_HOST)) {
                overrides.put(SinkConfig.HTTP_HOST.name(), "127.0.0.1");
            }
        }
        return overrides;
    }

    /** The seeds/ folder of this checkout: under $DATELINE_HOME (set by the launcher), else the working folder. */
    static Path defaultInputs() {
        return home().resolve("seeds");
    }

    /** This checkout: $DATELINE_HOME (set by the launcher), else the working folder. */
    static Path home() {
        String home = System.getenv("DATELINE_HOME");
        return home == null ? Path.of("") : Path.of(home);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
