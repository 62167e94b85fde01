package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one input gave: the stories in input order, the items skipped on purpose, and the problems. An input with no
 * story has at least one problem or skipped item saying why.
 *
 * @param origin   the input, e.g. its path
 * @param format   the format it was read as, UNKNOWN when none applied
 * @param stories  the stories, in input order
 * @param skipped  items that are not stories, by design
 * @param problems items (or the whole input) that could not be read
 */
public record ParseResult(String origin, InputFormat format, List<RawStory> stories, List<SkippedItem> skipped,
                          List<Problem> problems) {

    public ParseResult {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        stories = List.copyOf(stories);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** An input that held one story. */
    public static ParseResult story(String origin, InputFormat format, RawStory story) {
        return new ParseResult(origin, format, List.of(story), List.of(), List.of());
    }

    /** An input that gave no story, for {@code reason}. */
    public static ParseResult problem(String origin, InputFormat format, Rejection kind, String reason) {
        return new ParseResult(origin, format, List.of(), List.of(), List.of(Problem.of(origin, kind, reason)));
    }

    /** A builder for an input of several items. */
    public static Builder builder(String origin, InputFormat format) {
        return new Builder(origin, format);
    }

    /** Whether nothing went wrong (skipped items are not problems). */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** Collects the outcome of each item of one input, in order. */
    public static final class Builder {
        private final String origin;
        private final InputFormat format;
        private final List<RawStory> stories = new ArrayList<>();
        private final List<SkippedItem> skipped = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(String origin, InputFormat format) {
            this.origin = origin;
            this.format = format;
        }

        public Builder story(RawStory story) {
            stories.add(story);
            return this;
        }

        public Builder skip(int position, String reason) {
            skipped.add(new SkippedItem(origin, position, reason));
            return this;
        }

        public Builder problem(int position, Rejection kind, String reason) {
            problems.add(new Problem(origin, position, kind, reason));
            return this;
        }

        /** Items recorded so far (stories, skipped and problems). */
        public int items() {
            return stories.size() + skipped.size() + problems.size();
        }

        public ParseResult build() {
            return new ParseResult(origin, format, stories, skipped, problems);
        }
    }
}
