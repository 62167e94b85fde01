package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dateline.enrich.EnrichApp;
import io.dateline.enrich.EnrichConfig;
import io.dateline.ingest.IngestApp;
import io.dateline.ingest.IngestConfig;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.platform.ServiceMain;
import io.dateline.platform.Setting;
import io.dateline.sink.SinkApp;
import io.dateline.sink.SinkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docker-compose.yml stays true to the code, without Docker: it parses; every DATELINE_* variable it gives a service
 * is one of that service's settings (or the {@code _FILE} form of a secret one); each service's image name, Dockerfile,
 * main class and healthcheck port agree; every service others wait for has a healthcheck; the docs name the images.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern HEALTH_URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/health/ready");

    /** One of our services: its compose name, main class, settings and HTTP port setting. */
    record Svc(String name, Class<?> main, List<Setting<?>> settings, Setting<Integer> port) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static JsonNode compose;

    @BeforeAll
    static void parse() throws Exception {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    static Stream<Svc> services() {
        return Stream.of(
                new Svc("ingest", IngestApp.class, IngestConfig.SETTINGS, IngestConfig.HTTP_PORT),
                new Svc("enrich", EnrichApp.class, EnrichConfig.SETTINGS, EnrichConfig.HTTP_PORT),
                new Svc("sink", SinkApp.class, SinkConfig.SETTINGS, SinkConfig.HTTP_PORT));
    }

    @Test
    void shouldDeclareTheWholeStack() {
        assertThat(compose.path("services").fieldNames()).toIterable()
                .contains("kafka", "registry", "postgres", "ingest", "enrich", "sink", "kafka-ui");
        assertThat(compose.at("/services/kafka/image").asText()).startsWith("apache/kafka:");
        assertThat(compose.at("/services/registry/image").asText()).startsWith("apicurio/apicurio-registry:");
        assertThat(compose.at("/services/kafka-ui/environment/KAFKA_CLUSTERS_0_SCHEMAREGISTRY").asText())
                .isEqualTo(compose.at("/services/ingest/environment/DATELINE_SCHEMA_REGISTRY_URL").asText())
                .endsWith("/apis/ccompat/v7");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void shouldSetOnlyVariablesTheServiceReads(Svc svc) {
        Map<String, Setting<?>> known = new HashMap<>();
        List<Setting<?>> all = new ArrayList<>(svc.settings());
        all.addAll(KafkaSettings.SETTINGS);
        all.addAll(ServiceMain.SETTINGS);
        all.add(ConfigSource.CONFIG_FILE);
        all.forEach(setting -> known.put(setting.name(), setting));

        JsonNode environment = service(svc).path("environment");
        assertThat(environment.isObject()).as("%s: environment as a map", svc).isTrue();
        environment.fieldNames().forEachRemaining(key -> {
            if (key.startsWith("KAFKA_")) {
                return; // Kafka client pass-through
            }
            assertThat(key).as("%s sets %s", svc, key).startsWith("DATELINE_");
            String base = key.endsWith(Setting.FILE_SUFFIX)
                    ? key.substring(0, key.length() - Setting.FILE_SUFFIX.length()) : key;
            Setting<?> setting = known.containsKey(key) ? known.get(key) : known.get(base);
            assertThat(setting).as("%s sets %s, which is none of its settings", svc, key).isNotNull();
            if (!known.containsKey(key)) {
                assertThat(setting.secret()).as("%s: only secret settings have a _FILE form", key).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void shouldMountEverySecretFileTheServiceNames(Svc svc) {
        JsonNode service = service(svc);
        service.path("environment").fields().forEachRemaining(entry -> {
            if (!entry.getKey().endsWith(Setting.FILE_SUFFIX)) {
                return;
            }
            String path = entry.getValue().asText();
            assertThat(path).startsWith("/run/secrets/");
            String secret = path.substring("/run/secrets/".length());
            assertThat(service.path("secrets").toString()).as("%s mounts %s", svc, secret).contains('"' + secret + '"');
            String file = compose.at("/secrets/" + secret + "/file").asText();
            assertThat(ROOT.resolve(file)).as("secret file of %s", secret).isRegularFile();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void shouldBuildTheImageFromTheServicesDockerfileRunningItsMain(Svc svc) throws Exception {
        JsonNode service = service(svc);
        String image = "dateline/" + svc.name();
        assertThat(service.path("image").asText()).isEqualTo(image);
        Path dockerfile = ROOT.resolve(service.path("build").asText()).resolve("Dockerfile");
        assertThat(dockerfile).isRegularFile();

        String text = Files.readString(dockerfile);
        assertThat(text.lines().findFirst().orElseThrow()).as("first line of %s", dockerfile).contains(image);
        assertThat(text).contains("FROM eclipse-temurin:17-jre")
                .contains("COPY target/lib/ /app/lib/").contains("COPY target/classes/ /app/classes/")
                .containsPattern("(?m)^USER 10001")
                .contains("\"" + svc.main().getName() + "\"]")
                .contains("EXPOSE " + svc.port().defaultText())
                .contains("${" + svc.port().name() + ":-" + svc.port().defaultText() + "}/health/ready");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void shouldCheckHealthOnTheServicesOwnHttpPort(Svc svc) {
        JsonNode service = service(svc);
        String port = service.path("environment").path(svc.port().name()).asText(svc.port().defaultText());

        Matcher url = HEALTH_URL.matcher(service.at("/healthcheck/test").toString());
        assertThat(url.find()).as("%s healthcheck calls /health/ready", svc).isTrue();
        assertThat(url.group(1)).as("%s healthcheck port", svc).isEqualTo(port);
        assertThat(service.path("ports").toString()).as("%s publishes its port", svc).contains(":" + port + "\"");
    }

    @Test
    void shouldGiveAHealthcheckToEveryServiceOthersWaitForHealthy() {
        compose.path("services").fields().forEachRemaining(entry -> entry.getValue().path("depends_on").fields()
                .forEachRemaining(dependency -> {
                    assertThat(dependency.getValue().path("condition").asText()).as("%s waits for %s",
                            entry.getKey(), dependency.getKey()).isEqualTo("service_healthy");
                    assertThat(compose.at("/services/" + dependency.getKey() + "/healthcheck/test").isMissingNode())
                            .as("%s has a healthcheck", dependency.getKey()).isFalse();
                }));
    }

    @Test
    void shouldFillTargetLibAtPackageForEveryModuleWithADockerfile() throws Exception {
        String pom = Files.readString(ROOT.resolve("pom.xml"));

        assertThat(pom).contains("<exists>${basedir}/Dockerfile</exists>")
                .contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>")
                .contains("<artifactId>logback-classic</artifactId>");
    }

    @Test
    void shouldNameTheImagesInTheDocs() throws Exception {
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));

        services().forEach(svc -> assertThat(operations).contains("`dateline/" + svc.name() + "`"));
        assertThat(operations).contains("docker compose up --build");
    }

    private static JsonNode service(Svc svc) {
        JsonNode service = compose.path("services").path(svc.name());
        assertThat(service.isMissingNode()).as("service %s in docker-compose.yml", svc).isFalse();
        return service;
    }
}
