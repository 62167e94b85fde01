package io.dateline.ingest.plain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.RawStory;
import io.dateline.ingest.WireFormats;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.WireInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real AFP seed of the shared workspace (no headline line, one paragraph per line, glued sentences, trailer line).
 * It is read where it lies, never copied into the repository; the test is skipped on machines without it.
 */
class SeedStoryTest {

    /** Relative to the module folder: the repository root's sibling {@code shared/seeds}. */
    private static final Path SEED = Path.of("..", "..", "shared", "seeds", "000_b96d3a165b64e731.txt");

    @Test
    void shouldReadAfpSeedWithHeadlineFromLeadAndTrailerRemoved() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed not present: " + SEED.toAbsolutePath());
        ParseContext context = new ParseContext(Clock.fixed(Instant.parse("2026-01-16T00:00:00Z"), ZoneOffset.UTC),
                "host");

        ParseResult result = WireFormats.parser(context)
                .parse(new WireInput(WireInput.FILE_CHANNEL, SEED.toString(), Files.readAllBytes(SEED)));

        assertThat(result.problems()).isEmpty();
        RawStory story = result.stories().get(0);
        assertThat(story.getAgency()).isEqualTo("AFP");
        assertThat(story.getId()).matches("afp:[0-9a-f]{16}");
        assertThat(story.getHeadline()).startsWith("Russian President Vladimir Putin on Friday held phone calls")
                .endsWith("\u2026").hasSizeLessThanOrEqualTo(120).doesNotContain("Independent");
        assertThat(story.getBody()).doesNotContain("Agence France-Presse")
                .startsWith("Russian President Vladimir Putin")
                .contains("in the region.Independent monitors")
                .endsWith("\"grave blowbacks in the region\".");
        assertThat(story.getBody().split("\n\n")).hasSize(5);
        assertThat(story.getDateline()).isNull();
    }
}
