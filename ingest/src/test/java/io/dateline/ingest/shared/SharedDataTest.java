package io.dateline.ingest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the shared development data ({@code ../shared/data}, next to the repository) read as the issue
 * asks: all ninjs and NewsML-G2 examples parse, every should-fail case is rejected with a reason, and the ten
 * Reuters-21578 development files give exactly their 10,000 stories. Skipped when the data is absent.
 */
class SharedDataTest {

    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Path IPTC = DATA.resolve("iptc");
    private static final StoryParser PARSER = WireFormats.parser(
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T08:00:00Z"), ZoneOffset.UTC), "test"));

    static Stream<Path> examples() throws IOException {
        List<Path> files = new ArrayList<>(files(IPTC.resolve("ninjs"), "1.4", "2.1", "3.0"));
        files.addAll(filesQuietly(IPTC.resolve("newsml-g2")));
        return files.stream();
    }

    static Stream<Path> shouldFail() throws IOException {
        List<Path> files = new ArrayList<>(files(IPTC.resolve("ninjs"), "should_fail_3.0"));
        files.addAll(files(IPTC.resolve("newsml-g2"), "should_fail"));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldParseEveryIptcExampleWithoutProblems(Path file) throws IOException {
        ParseResult result = parse(file);

        assertThat(result.format()).isIn(InputFormat.NINJS, InputFormat.NEWSML_G2);
        assertThat(result.problems()).as("problems of %s", file).isEmpty();
        assertThat(result.stories().size() + result.skipped().size()).as("items of %s", file).isPositive();
        assertThat(result.skipped()).allSatisfy(skipped -> assertThat(skipped.reason()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFail")
    void shouldRejectEveryShouldFailCaseWithAReason(Path file) throws IOException {
        ParseResult result = parse(file);

        assertThat(result.stories()).as("stories of %s", file).isEmpty();
        assertThat(result.problems()).as("problems of %s", file).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
    }

    @Test
    void shouldReadTheTenReutersDevelopmentFilesAsExactlyTenThousandStoriesWithTheirNewIds() throws IOException {
        Path reuters = DATA.resolve("reuters21578");
        assumeTrue(Files.isDirectory(reuters), "shared Reuters-21578 data not present");
        List<RawStory> stories = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ParseResult result = parse(reuters.resolve(String.format(Locale.ROOT, "reut2-%03d.sgm", i)));
            stories.addAll(result.stories());
            problems.addAll(result.problems());
        }

        assertThat(problems).isEmpty();
        assertThat(stories).hasSize(10_000);
        assertThat(stories).extracting(RawStory::getId).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("reuters21578:\\d+"))
                .contains("reuters21578:1", "reuters21578:1234", "reuters21578:10000");
        assertThat(stories).allSatisfy(story -> {
            assertThat(story.getHeadline()).isNotBlank();
            assertThat(story.getBody()).doesNotContain("&#").doesNotContain("\u0003");
        });
        RawStory first = stories.get(0);
        assertThat(first.getHeadline()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(first.getDateline()).isEqualTo("SALVADOR, Feb 26");
        assertThat(first.getBody()).startsWith("Showers continued throughout the week in the Bahia cocoa zone,")
                .doesNotEndWith("Reuter");
        assertThat(first.getPlaces()).containsExactly("el-salvador", "usa", "uruguay");
        assertThat(first.getSubjects()).containsExactly("cocoa");
        assertThat(first.getVersionCreated()).isEqualTo(Instant.parse("1987-02-26T15:01:01.790Z"));
    }

    private static ParseResult parse(Path file) throws IOException {
        return PARSER.parse(new WireInput(WireInput.FILE_CHANNEL, file.toString(), Files.readAllBytes(file)));
    }

    private static List<Path> files(Path root, String... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            files.addAll(filesQuietly(root.resolve(folder)));
        }
        assumeTrue(!files.isEmpty(), "shared IPTC data not present under " + root);
        return files;
    }

    private static List<Path> filesQuietly(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted()
                    .toList();
        }
    }
}
