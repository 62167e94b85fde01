package io.dateline.platform.ops;

import io.dateline.platform.ConfigSource;
import io.dateline.platform.Setting;
import java.util.Locale;

/**
 * Where a service serves its operations endpoints ({@link OpsServer}): {@code DATELINE_<SERVICE>_HTTP_HOST} and
 * {@code DATELINE_<SERVICE>_HTTP_PORT}. Port 0 picks a free port; -1 turns the endpoints off (the {@code dateline run}
 * process does that for the services it runs in one JVM).
 */
public record OpsSettings(String host, int port) {

    /** The host setting of {@code service}, e.g. DATELINE_ENRICH_HTTP_HOST. */
    public static Setting<String> hostSetting(String service) {
        return Setting.string(prefix(service) + "HTTP_HOST", "0.0.0.0",
                "Address the health and metrics endpoints listen on.");
    }

    /** The port setting of {@code service}, e.g. DATELINE_ENRICH_HTTP_PORT. */
    public static Setting<Integer> portSetting(String service, int defaultPort) {
        return Setting.integer(prefix(service) + "HTTP_PORT", defaultPort, -1, 65_535,
                "Port of /health/live, /health/ready and /metrics; 0 picks a free port, -1 turns them off.");
    }

    public static OpsSettings from(ConfigSource config, Setting<String> host, Setting<Integer> port) {
        return new OpsSettings(config.get(host), config.get(port));
    }

    /** Whether the endpoints are on. */
    public boolean enabled() {
        return port >= 0;
    }

    private static String prefix(String service) {
        return "DATELINE_" + service.toUpperCase(Locale.ROOT) + "_";
    }
}
