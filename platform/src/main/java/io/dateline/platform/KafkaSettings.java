package io.dateline.platform;

import io.dateline.schemas.SchemaRegistryClient;
import io.dateline.schemas.Serdes;
import io.dateline.schemas.Topics;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Kafka settings every service shares: where the cluster is, the topic name prefix, the schema registry, and any
 * client property passed through as {@code KAFKA_<PROPERTY>} ({@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} becomes
 * {@code security.protocol=SASL_SSL}).
 */
public record KafkaSettings(String bootstrapServers, String topicPrefix, URI schemaRegistryUrl,
                            String schemaRegistryUserInfo, boolean createTopics, int replicationFactor,
                            Map<String, String> clientOverrides) {

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.string("DATELINE_BOOTSTRAP_SERVERS",
            "localhost:9092", "Kafka bootstrap servers, host:port[,host:port...].");
    public static final Setting<String> TOPIC_PREFIX = Setting.string("DATELINE_TOPIC_PREFIX", "",
            "Prefix for every topic name, to run several pipelines on one cluster.");
    public static final Setting<URI> SCHEMA_REGISTRY_URL = new Setting<>("DATELINE_SCHEMA_REGISTRY_URL", null,
            "Confluent-compatible schema registry URL; when unset, records use Avro single-object encoding.",
            KafkaSettings::httpUrl);
    public static final Setting<String> SCHEMA_REGISTRY_USER_INFO = Setting.string(
            "DATELINE_SCHEMA_REGISTRY_USER_INFO", null, "user:password for the schema registry (basic auth).");
    public static final Setting<Boolean> CREATE_TOPICS = Setting.bool("DATELINE_CREATE_TOPICS", true,
            "Create missing topics of the catalogue at start.");
    public static final Setting<Integer> REPLICATION_FACTOR = Setting.integer("DATELINE_TOPIC_REPLICATION_FACTOR", -1,
            -1, 32, "Replication factor for topics created at start; -1 takes the broker's default.");

    /** Every setting this record reads, for the documentation. */
    public static final List<Setting<?>> SETTINGS = List.of(BOOTSTRAP_SERVERS, TOPIC_PREFIX, SCHEMA_REGISTRY_URL,
            SCHEMA_REGISTRY_USER_INFO, CREATE_TOPICS, REPLICATION_FACTOR);

    private static final String PASSTHROUGH_PREFIX = "KAFKA_";

    public KafkaSettings {
        clientOverrides = Map.copyOf(clientOverrides);
    }

    public static KafkaSettings from(ConfigSource config) {
        Map<String, String> overrides = new HashMap<>();
        config.withPrefix(PASSTHROUGH_PREFIX).forEach((k, v) ->
                overrides.put(k.toLowerCase(Locale.ROOT).replace('_', '.'), v));
        return new KafkaSettings(config.get(BOOTSTRAP_SERVERS), config.get(TOPIC_PREFIX),
                config.find(SCHEMA_REGISTRY_URL).orElse(null), config.find(SCHEMA_REGISTRY_USER_INFO).orElse(null),
                config.get(CREATE_TOPICS), config.get(REPLICATION_FACTOR), overrides);
    }

    /** Settings for a cluster at {@code bootstrapServers} with every other setting at its default. */
    public static KafkaSettings of(String bootstrapServers, String topicPrefix) {
        return new KafkaSettings(bootstrapServers, topicPrefix, null, null, true, -1, Map.of());
    }

    public Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    public Serdes serdes() {
        return schemaRegistryUrl == null ? Serdes.embedded()
                : Serdes.withRegistry(new SchemaRegistryClient(schemaRegistryUrl, schemaRegistryUserInfo));
    }

    /** Client properties: bootstrap servers, then the given service defaults, then the KAFKA_* pass-through. */
    public Map<String, Object> clientProperties(Map<String, Object> serviceDefaults) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.putAll(serviceDefaults);
        props.putAll(clientOverrides);
        return props;
    }

    /** Never shows the registry credentials or pass-through values (they may hold secrets). */
    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", topicPrefix=" + topicPrefix
                + ", schemaRegistryUrl=" + schemaRegistryUrl
                + ", schemaRegistryUserInfo=" + (schemaRegistryUserInfo == null ? "none" : "****")
                + ", createTopics=" + createTopics + ", replicationFactor=" + replicationFactor
                + ", clientOverrides=" + clientOverrides.keySet() + "]";
    }

    private static URI httpUrl(String text) {
        URI uri = URI.create(text.trim());
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("must be an http or https URL");
        }
        return uri;
    }
}
