package io.dateline.sink;

import io.dateline.platform.ServiceMain;

/** Runs the sink service from the environment ({@link SinkConfig}); exit code as {@link ServiceMain} says. */
public final class SinkApp {

    private SinkApp() {
    }

    public static void main(String[] args) {
        System.exit(ServiceMain.run("sink", config -> new SinkService(SinkConfig.from(config))));
    }
}
