package io.dateline.cli;

import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import java.util.Map;
import picocli.CommandLine.Option;

/** The cluster an operator command talks to: {@code --bootstrap-servers}, else the DATELINE_* environment. */
final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "The Kafka cluster (default: DATELINE_BOOTSTRAP_SERVERS, else localhost:9092). Topic "
                    + "prefix, schema registry and KAFKA_* client settings come from the environment.")
    String bootstrapServers;

    /** The Kafka settings from {@code env} with the option on top. */
    KafkaSettings settings(ConfigSource env) {
        return KafkaSettings.from(bootstrapServers == null ? env
                : env.with(Map.of(KafkaSettings.BOOTSTRAP_SERVERS.name(), bootstrapServers)));
    }
}
