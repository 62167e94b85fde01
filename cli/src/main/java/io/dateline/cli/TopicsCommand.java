package io.dateline.cli;

import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.TopicInitializer;
import io.dateline.schemas.Topic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The topic catalogue against the cluster: each topic with the partitions and settings it should have and has, and
 * the missing ones created (unless {@code --dry-run}). Existing topics are never changed: differences are reported.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Compare the topic catalogue with the cluster and create the topics that are missing.")
final class TopicsCommand implements Callable<Integer> {

    private static final List<String> COMPARED = List.of("cleanup.policy", "retention.ms");
    private static final long TIMEOUT_SECONDS = 30;

    @Mixin
    private ClusterOptions cluster;

    @Option(names = "--dry-run", description = "Only compare; create nothing.")
    private boolean dryRun;

    @Spec
    private CommandSpec spec;

    private final ConfigSource env;

    TopicsCommand() {
        this(ConfigSource.fromEnvironment());
    }

    TopicsCommand(ConfigSource env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        KafkaSettings settings = cluster.settings(env);
        List<Topic<?, ?>> catalogue = settings.topics().all();
        try (Admin admin = Admin.create(settings.clientProperties(Map.of()))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> present = catalogue.stream().map(Topic::name).filter(existing::contains).toList();
            Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(present.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList())
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> differences = new ArrayList<>();
            out.printf(Locale.ROOT, "%-40s %-10s %-12s %s%n", "TOPIC", "STATE", "PARTITIONS", "SETTINGS");
            for (Topic<?, ?> topic : catalogue) {
                String state;
                String partitions;
                String diffs = "";
                if (!existing.contains(topic.name())) {
                    state = dryRun ? "missing" : "created";
                    partitions = String.valueOf(topic.partitions());
                } else {
                    state = "exists";
                    int actual = descriptions.get(topic.name()).partitions().size();
                    partitions = actual + (actual == topic.partitions() ? "" : " (want " + topic.partitions() + ")");
                    diffs = differences(topic, configs.get(new ConfigResource(ConfigResource.Type.TOPIC,
                            topic.name())));
                    if (!diffs.isEmpty() || actual != topic.partitions()) {
                        differences.add(topic.name());
                    }
                }
                out.printf(Locale.ROOT, "%-40s %-10s %-12s %s%n", topic.name(), state, partitions,
                        diffs.isEmpty() ? "as declared" : diffs);
            }
            if (!dryRun) {
                TopicInitializer.ensureTopics(admin, catalogue, settings.replicationFactor());
            }
            if (!differences.isEmpty()) {
                out.println("Differs from the catalogue (left as it is): " + String.join(", ", differences));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String differences(Topic<?, ?> topic, Config config) {
        return COMPARED.stream()
                .filter(name -> topic.configs().containsKey(name))
                .filter(name -> config.get(name) == null || !topic.configs().get(name).equals(config.get(name).value()))
                .map(name -> name + "=" + (config.get(name) == null ? "?" : config.get(name).value())
                        + " (want " + topic.configs().get(name) + ")")
                .collect(Collectors.joining(", "));
    }
}
