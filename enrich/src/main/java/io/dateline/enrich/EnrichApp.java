package io.dateline.enrich;

import io.dateline.platform.ServiceMain;

/** Runs the enrich service from the environment: config → service → shutdown hook → start → block. Wiring only. */
public final class EnrichApp {

    private EnrichApp() {
    }

    public static void main(String[] args) {
        System.exit(ServiceMain.run("enrich", config -> EnrichService.create(EnrichConfig.from(config))));
    }
}
