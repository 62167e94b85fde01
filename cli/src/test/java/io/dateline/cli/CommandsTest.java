package io.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.enrich.Enricher;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline commands, driven as a user drives them: arguments in, JSON lines out, problems on stderr. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Fishermen block harbour in protest over fuel prices

            LISBON, March 2, 2026 (AFP) - Hundreds of fishermen blocked the harbour of Peniche on Monday to protest \
            against fuel prices, and Spanish crews joined them.The government said it would meet their leaders.

            Agence France-Presse
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldParseAFileIntoOneRawStoryJsonLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);

        int code = run(new CommandLine(new Dateline()), "parse", file.toString());

        assertThat(code).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode story = lines.get(0);
        assertThat(story.path("headline").asText()).isEqualTo("Fishermen block harbour in protest over fuel prices");
        assertThat(story.path("agency").asText()).isEqualTo("AFP");
        assertThat(story.path("dateline").asText()).isEqualTo("LISBON, March 2, 2026 (AFP)");
        assertThat(story.path("body").asText()).startsWith("Hundreds of fishermen").doesNotContain("Agence France");
        assertThat(story.has("contentHash")).isTrue();
    }

    @Test
    void shouldReportAFileWithoutStoryAndExitNonZero(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");

        int code = run(new CommandLine(new Dateline()), "parse", empty.toString());

        assertThat(code).isEqualTo(ExitCodes.NO_STORIES);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("empty.txt").contains("no story");
    }

    @Test
    void shouldTagAFileWithItsCountries(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);

        int code = run(new CommandLine(new Dateline()), "tag", file.toString());

        assertThat(code).isZero();
        JsonNode story = lines().get(0);
        assertThat(story.path("countries")).extracting(JsonNode::asText).startsWith("PRT");
        assertThat(entityCountries(story)).contains("ESP");
        assertThat(story.path("enrichmentVersion").asText()).isNotBlank();
    }

    @Test
    void shouldTagNdjsonFromStdinAndReportBadLines() throws Exception {
        String input = """
                {"id": "reuters21578:7", "headline": "Cocoa talks", "body": "Ghana and the Ivory Coast met in \
                London.", "versionCreated": "1987-02-26T15:01:00Z"}
                not json
                {"id": "x"}
                """;
        CommandLine tag = new CommandLine(new TagCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));

        int code = run(tag, "-");

        assertThat(code).isZero();
        JsonNode story = lines().get(0);
        assertThat(story.path("id").asText()).isEqualTo("reuters21578:7");
        assertThat(story.path("versionCreated").asText()).isEqualTo("1987-02-26T15:01:00Z");
        assertThat(story.path("countries")).extracting(JsonNode::asText).isNotEmpty();
        assertThat(entityCountries(story)).contains("GHA", "CIV", "GBR");
        assertThat(err.toString()).contains("line 2: not JSON").contains("line 3: needs at least");
    }

    @Test
    void shouldReportAStoryItCannotEnrichAndTagTheRest() throws Exception {
        String input = """
                {"id": "a", "headline": "One", "body": "France accused Germany of lying."}
                {"id": "b", "headline": "Two", "body": "Chile did not threaten Peru."}
                """;
        Enricher enricher = Enricher.standard(Clock.systemUTC());
        CommandLine tag = new CommandLine(new TagCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), story -> {
                    if (story.getId().equals("a")) {
                        throw new IllegalStateException("a bug");
                    }
                    return enricher.enrich(story);
                }));

        int code = run(tag, "-");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(lines()).extracting(story -> story.path("id").asText()).containsExactly("b");
        assertThat(err.toString()).contains("story a: enrichment failed").contains("a bug");
    }

    /** The countries of every tagged entity: what the tagger found, whatever the story is judged to be about. */
    private static List<String> entityCountries(JsonNode story) {
        List<String> countries = new ArrayList<>();
        story.path("entities").forEach(entity -> countries.add(entity.path("country").asText()));
        return countries;
    }

    private int run(CommandLine command, String... args) {
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
