package io.dateline.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.dateline.enrich.EnrichApp;
import io.dateline.ingest.IngestApp;
import io.dateline.sink.SinkApp;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs one service on its own, configured by the environment, as its container would: {@code dateline service sink}. */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = "Run one service on its own against the Kafka cluster in DATELINE_BOOTSTRAP_SERVERS, configured "
                + "by environment variables (see docs/configuration.md). Stops on SIGTERM or Ctrl-C.")
final class ServiceCommand implements Callable<Integer> {

    /** The services, each with its main. */
    enum Name { ingest, enrich, sink }

    @Parameters(paramLabel = "SERVICE", description = "One of: ${COMPLETION-CANDIDATES}.")
    private Name name;

    @Override
    public Integer call() {
        if (System.getenv("DATELINE_LOG_LEVEL") == null) {
            ((Logger) LoggerFactory.getLogger("io.dateline")).setLevel(Level.INFO);
        }
        String[] none = new String[0];
        switch (name) {
            case ingest -> IngestApp.main(none);
            case enrich -> EnrichApp.main(none);
            case sink -> SinkApp.main(none);
            default -> throw new IllegalStateException("Unknown service " + name);
        }
        return ExitCodes.OK;
    }
}
