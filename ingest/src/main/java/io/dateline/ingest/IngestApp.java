package io.dateline.ingest;

import io.dateline.platform.ServiceMain;
import java.time.Clock;

/**
 * The ingest service's main, wiring only: settings from the environment ({@link IngestConfig}) -> a long-running
 * {@link IngestService} (drop folder, HTTP endpoint, optional backfill at start) until SIGTERM or Ctrl-C. Exit codes
 * as {@link ServiceMain}: 0 after a clean stop, 2 for a configuration error, 1 when it could not start.
 */
public final class IngestApp {

    private IngestApp() {
    }

    public static void main(String[] args) {
        System.exit(ServiceMain.run("ingest", source -> IngestService.create(IngestConfig.from(source),
                Clock.systemUTC())));
    }
}
