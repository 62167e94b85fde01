package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dateline.embedded.KafkaBrokerExtension;
import io.dateline.enrich.EnrichConfig;
import io.dateline.platform.ConfigSource;
import io.dateline.platform.KafkaSettings;
import io.dateline.sink.SinkConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dateline run} as a user runs it, against a given cluster and store: once, and with --follow. */
class RunCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldStoreEveryInputStoryAndPrintTheSummary(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        story(inputs, "a.txt", "Harbour strike spreads to Antwerp", "ANTWERP, March 10, 2026 (Reuters)");
        Files.writeString(inputs.resolve("empty.txt"), "\n");
        String db = "jdbc:sqlite:" + dir.resolve("store.db");

        int code = command().execute("--bootstrap-servers", KAFKA.bootstrapServers(), "--db", db,
                "--input", inputs.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Stored 1 of 1 stories").contains("BEL")
                .contains("(2 files read, 1 with problems)");
        assertThat(err.toString()).contains("empty.txt");
        assertThat(headlines(db)).containsExactly("Harbour strike spreads to Antwerp");
    }

    @Test
    void shouldKeepStoringNewFilesWhileFollowing(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        story(inputs, "1.txt", "Flooding closes roads in Valencia", "VALENCIA, Oct 30, 2026 (AFP)");
        String db = "jdbc:sqlite:" + dir.resolve("store.db");
        RunCommand run = new RunCommand(settings());
        CommandLine command = wire(new CommandLine(run));

        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> command.execute(
                "--bootstrap-servers", KAFKA.bootstrapServers(), "--db", db, "--input", inputs.toString(),
                "--follow", "--dashboard-port", "0"));
        await().atMost(Duration.ofSeconds(60)).until(() -> out.toString().contains("Stored 1 of 1 stories"));
        assertThat(err.toString()).containsPattern("dateline: dashboard at http://127\\.0\\.0\\.1:[1-9][0-9]*/");
        story(inputs, "2.txt", "Rescuers reach villages cut off by floods", "VALENCIA, Oct 31, 2026 (AFP)");
        await().atMost(Duration.ofSeconds(60)).until(() -> headlines(db).size() == 2);
        run.stopping.set(true);

        assertThat(code.get()).isZero();
        assertThat(headlines(db)).contains("Rescuers reach villages cut off by floods");
    }

    private CommandLine command() {
        return wire(new CommandLine(new RunCommand(settings())));
    }

    private CommandLine wire(CommandLine command) {
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command;
    }

    private static ConfigSource settings() {
        String prefix = KAFKA.uniquePrefix();
        return ConfigSource.of(Map.of(KafkaSettings.TOPIC_PREFIX.name(), prefix,
                EnrichConfig.APPLICATION_ID.name(), prefix + "enrich", SinkConfig.GROUP_ID.name(), prefix + "sink"));
    }

    private static void story(Path dir, String name, String headline, String dateline) throws Exception {
        Files.writeString(dir.resolve(name), headline + "\n\n" + dateline + " - " + headline + ", officials said on "
                + "Monday, while residents described a long night of waiting.\n\nAgence France-Presse\n");
    }

    private static List<String> headlines(String db) throws Exception {
        List<String> headlines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db);
             ResultSet rows = connection.createStatement().executeQuery("SELECT headline FROM stories ORDER BY id")) {
            while (rows.next()) {
                headlines.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            return List.of();
        }
        return headlines;
    }
}
