package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.ingest.IngestReport;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.enrich.EnrichConfig;
import io.dateline.sink.SinkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The end-to-end scenario both stores must pass: our seeds (and the AFP seed story when ../shared is present) go
 * through ingest, a real broker, enrich and sink into the store; the rows read back hold what the stories say; and
 * publishing the same stories again stores nothing twice.
 */
abstract class EndToEndScenario {

    static final Path SEEDS = Path.of("..", "seeds");
    static final Path AFP_SEED = Path.of("..", "..", "shared", "seeds", "000_b96d3a165b64e731.txt");

    abstract String bootstrapServers();

    /** A fresh prefix for topic names, application and group ids. */
    abstract String uniquePrefix();

    abstract String dbUrl();

    abstract String dbUser();

    abstract Connection connect() throws SQLException;

    String dbPassword() {
        return null;
    }

    void shouldStoreEverySeedStoryOnceWithItsCountries() throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(SEEDS));
        boolean afp = Files.isRegularFile(AFP_SEED);
        if (afp) {
            inputs.add(AFP_SEED);
        }
        String prefix = uniquePrefix();
        Map<String, String> settings = new HashMap<>();
        settings.put(KafkaSettings.BOOTSTRAP_SERVERS.name(), bootstrapServers());
        settings.put(KafkaSettings.TOPIC_PREFIX.name(), prefix);
        settings.put(EnrichConfig.APPLICATION_ID.name(), prefix + "enrich");
        settings.put(EnrichConfig.COMMIT_INTERVAL.name(), "500ms");
        settings.put(SinkConfig.GROUP_ID.name(), prefix + "sink");
        settings.put(SinkConfig.DB_URL.name(), dbUrl());
        if (dbUser() != null) {
            settings.put(SinkConfig.DB_USER.name(), dbUser());
        }
        if (dbPassword() != null) {
            settings.put(SinkConfig.DB_PASSWORD.name(), dbPassword());
        }
        ConfigSource config = ConfigSource.of(settings);

        try (LocalPipeline pipeline = LocalPipeline.start(config, false)) {
            IngestReport first = pipeline.ingest(inputs);
            Map<String, Long> expected = LocalPipeline.versions(first.publishing().published());
            assertThat(expected).hasSize(seedFileCount() + (afp ? 1 : 0));

            await().atMost(Duration.ofSeconds(90)).until(() -> pipeline.notYetStored(expected).isEmpty());

            assertStoriesReadBack(expected.size(), afp);

            IngestReport again = pipeline.ingest(inputs);
            assertThat(LocalPipeline.versions(again.publishing().published())).isEqualTo(expected);
            KafkaSettings kafka = KafkaSettings.from(config);
            try (Admin admin = Admin.create(kafka.clientProperties(Map.of()))) {
                await().atMost(Duration.ofSeconds(90)).until(() ->
                        ConsumerLag.of(admin, prefix + "sink", kafka.topics().enrichedStories().name()) == 0
                                && ConsumerLag.of(admin, prefix + "enrich", kafka.topics().rawStories().name()) == 0);
            }
            assertThat(count("SELECT COUNT(*) FROM stories")).isEqualTo(expected.size());
            assertThat(count("SELECT COUNT(*) FROM stories WHERE version <> 1")).isZero();
        }
    }

    private void assertStoriesReadBack(int stories, boolean afp) throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM stories")).isEqualTo(stories);
        assertThat(count("SELECT COUNT(*) FROM active_stories")).isEqualTo(stories);
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, agency, dateline, headline, body FROM stories "
                     + "WHERE headline LIKE 'Turkish leader calls Tehran%'")) {
            assertThat(row.next()).as("the mediation seed story is stored").isTrue();
            assertThat(row.getString("id")).startsWith("afp:");
            assertThat(row.getString("agency")).isEqualTo("AFP");
            assertThat(row.getString("dateline")).isEqualTo("ANKARA, Feb 3, 2026 (AFP)");
            assertThat(row.getString("body")).startsWith("Turkish President Recep Tayyip Erdogan spoke")
                    .doesNotContain("Agence France-Presse");
            assertThat(countries(connection, row.getString("id"))).startsWith("TUR").contains("IRN", "USA");
        }
        assertThat(count("SELECT COUNT(*) FROM story_entities")).isGreaterThan(stories);
        if (afp) {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT id, agency, headline FROM stories "
                         + "WHERE headline LIKE 'Russian President Vladimir Putin%'")) {
                assertThat(row.next()).as("the AFP seed story is stored").isTrue();
                assertThat(row.getString("agency")).isEqualTo("AFP");
                assertThat(countries(connection, row.getString("id"))).contains("RUS", "ISR", "IRN", "USA");
            }
        }
    }

    private static List<String> countries(Connection connection, String id) throws SQLException {
        List<String> countries = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "SELECT country FROM story_countries WHERE story_id = ? ORDER BY rank")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    countries.add(rows.getString(1));
                }
            }
        }
        return countries;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int seedFileCount() throws Exception {
        try (var files = Files.list(SEEDS)) {
            return (int) files.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }
}
