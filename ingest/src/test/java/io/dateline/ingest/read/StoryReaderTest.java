package io.dateline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.RawStory;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.WireInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {

    private static final ParseContext CONTEXT =
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T00:00:00Z"), ZoneOffset.UTC), "host");

    @TempDir
    Path dir;

    private final StoryReader reader = new StoryReader(WireFormats.parser(CONTEXT), WireInput.FILE_CHANNEL, 1024);

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadFolderRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        write("b/2.txt", "Second story.\n");
        write("a.txt", "First story.\n");
        write("b/1.txt", "Middle story.\n");
        write(".hidden.txt", "Hidden story.\n");
        write(".git/c.txt", "Hidden folder story.\n");

        ReadResult result = reader.read(List.of(dir));

        assertThat(result.stories()).extracting(RawStory::getBody)
                .containsExactly("First story.", "Middle story.", "Second story.");
        assertThat(result.files()).extracting(FileReport::origin).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/1.txt").toString(), dir.resolve("b/2.txt").toString());
    }

    @Test
    void shouldLeaveFilesAsTheyWere() throws IOException {
        Path file = write("story.txt", "Ships left port.\r\nAgence France-Presse\r\n");
        FileTime modified = Files.getLastModifiedTime(file);

        reader.read(List.of(file));

        assertThat(file).hasContent("Ships left port.\r\nAgence France-Presse\r\n");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void shouldReportFilesWithoutStoryAndGoOn() throws IOException {
        write("1-empty.txt", "");
        write("2-blank.txt", " \n \n");
        Files.write(dir.resolve("3-binary.bin"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xFF});
        write("4-good.txt", "Ships left port.\n");
        write("5-ninjs.json", "{\"uri\": \"urn:x\", \"random\": 1}");

        ReadResult result = reader.read(List.of(dir));

        assertThat(result.stories()).hasSize(1);
        assertThat(result.failedFiles()).extracting(FileReport::summary).containsExactly(
                dir.resolve("1-empty.txt") + ": no story: empty file, no story",
                dir.resolve("2-blank.txt") + ": no story: only whitespace, no story",
                dir.resolve("3-binary.bin") + ": no story: binary content, not text",
                dir.resolve("5-ninjs.json")
                        + ": no story: not valid ninjs 3.x: random: unknown property for ninjs 3.x");
    }

    @Test
    void shouldReportMissingPath() {
        ReadResult result = reader.read(List.of(dir.resolve("nope")));

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo("no such file or folder"));
    }

    @Test
    void shouldReportFileOverSizeLimit() throws IOException {
        write("big.txt", "Ships left port. ".repeat(100));

        ReadResult result = reader.read(List.of(dir));

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("too large: 1700 bytes (limit 1024)"));
    }

    @Test
    void shouldReadNamedHiddenFile() throws IOException {
        Path hidden = write(".named.txt", "Ships left port.\n");

        assertThat(reader.read(List.of(hidden)).stories()).hasSize(1);
    }
}
