package io.dateline.ingest.read;

import io.dateline.avro.InputFormat;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Problem;
import io.dateline.ingest.parse.SkippedItem;
import java.util.List;
import java.util.Objects;

/**
 * What one file gave, for the run summary: the format it was read as, how many stories, what was skipped and the
 * problems (a file with no story always has a reason).
 *
 * @param origin   the file's path as named or found
 * @param format   the format it was read as, UNKNOWN when none
 * @param stories  how many stories it held
 * @param skipped  items skipped on purpose
 * @param problems why (parts of) it could not be read
 */
public record FileReport(String origin, InputFormat format, int stories, List<SkippedItem> skipped,
                         List<Problem> problems) {

    public FileReport {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /** The report of one parsed file. */
    public static FileReport of(ParseResult result) {
        return new FileReport(result.origin(), result.format(), result.stories().size(), result.skipped(),
                result.problems());
    }

    /** Whether the file gave its stories without problems. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line: {@code path: 1 story (PLAIN_TEXT)} or {@code path: no story: empty file, no story}. */
    public String summary() {
        if (ok()) {
            return origin + ": " + stories + (stories == 1 ? " story" : " stories") + " (" + format + ")"
                    + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
        }
        String reasons = String.join("; ", problems.stream().map(Problem::reason).toList());
        return origin + ": " + (stories == 0 ? "no story" : stories + " stories, problems") + ": " + reasons;
    }
}
