package io.dateline.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.dateline.ingest.parse.Rejection;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * The property every fuzz target checks on a {@link ParseResult}: trouble is reported as a problem of a documented
 * kind with a reason (never {@link Rejection#INTERNAL}, the kind a parser that threw gets), and every story it
 * accepted is valid: an id, a version from 1, text (a headline or a body, except in a kill), text in NFC, a
 * one-line headline, a content hash, and item positions that are inside the input and in input order.
 */
final class StoryChecks {

    static final Set<Rejection> DOCUMENTED = EnumSet.complementOf(EnumSet.of(Rejection.INTERNAL));

    private StoryChecks() {
    }

    static void assertSane(ParseResult result) {
        assertThat(result).isNotNull();
        assertThat(result.problems()).allSatisfy(StoryChecks::assertDocumented);
        int items = result.stories().size() + result.skipped().size() + result.problems().size();
        int previous = -1;
        for (RawStory story : result.stories()) {
            assertValid(story);
            if (story.getProvenance() != null) {
                int position = story.getProvenance().getPosition();
                assertThat(position).as("position of %s", story.getId()).isGreaterThan(previous);
                previous = position;
            }
        }
        if (!result.stories().isEmpty() && result.stories().get(0).getProvenance() != null) {
            assertThat(result.stories().get(0).getProvenance().getPosition()).isGreaterThanOrEqualTo(0);
        }
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.position())
                .isGreaterThanOrEqualTo(Problem.WHOLE_INPUT));
        assertThat(result.skipped()).allSatisfy(item -> assertThat(item.position()).isBetween(0, items + 10_000));
    }

    static void assertDocumented(Problem problem) {
        assertThat(problem.kind()).as("kind of %s", problem).isIn(DOCUMENTED);
        assertThat(problem.reason()).isNotBlank();
    }

    static void assertValid(RawStory story) {
        assertThat(story.getId()).as("id").isNotBlank();
        assertThat(story.getVersion()).as("version of %s", story.getId()).isGreaterThanOrEqualTo(1L);
        assertThat(story.getContentHash()).as("content hash of %s", story.getId()).isNotBlank();
        if (story.getPubStatus() != PubStatus.CANCELED) {
            assertThat(story.getHeadline() + story.getBody()).as("text of %s", story.getId()).isNotBlank();
        }
        assertThat(story.getHeadline()).as("headline of %s", story.getId()).doesNotContain("\n", "\r");
        assertThat(Normalizer.isNormalized(story.getBody(), Normalizer.Form.NFC)).as("body of %s in NFC",
                story.getId()).isTrue();
    }
}
