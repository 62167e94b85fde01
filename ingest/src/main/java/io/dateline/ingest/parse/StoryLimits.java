package io.dateline.ingest.parse;

import io.dateline.avro.RawStory;
import java.util.List;
import java.util.Optional;

/**
 * A story -> whether it is within the size limits: its body at most {@code maxBodyChars} characters, every other text
 * field (headline, byline, dateline, agency, language, id, each subject and place) at most {@code maxFieldChars}. A
 * story over a limit is refused with {@link Rejection#TOO_LARGE}, never cut silently.
 *
 * @param maxBodyChars  longest body, in characters
 * @param maxFieldChars longest other field, in characters
 */
public record StoryLimits(int maxBodyChars, int maxFieldChars) {

    public static final int DEFAULT_MAX_BODY_CHARS = 1_000_000;
    public static final int DEFAULT_MAX_FIELD_CHARS = 4_096;
    public static final StoryLimits DEFAULTS = new StoryLimits(DEFAULT_MAX_BODY_CHARS, DEFAULT_MAX_FIELD_CHARS);

    public StoryLimits {
        if (maxBodyChars < 1 || maxFieldChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Why {@code story} is over a limit, or empty when it is within them. */
    public Optional<String> violation(RawStory story) {
        if (story.getBody().length() > maxBodyChars) {
            return Optional.of("body of " + story.getBody().length() + " characters is over the limit of "
                    + maxBodyChars);
        }
        String[][] fields = {
            {"id", story.getId()}, {"headline", story.getHeadline()}, {"byline", story.getByline()},
            {"dateline", story.getDateline()}, {"agency", story.getAgency()}, {"language", story.getLanguage()}};
        for (String[] field : fields) {
            if (field[1] != null && field[1].length() > maxFieldChars) {
                return Optional.of(field[0] + " of " + field[1].length() + " characters is over the limit of "
                        + maxFieldChars);
            }
        }
        for (List<String> values : List.of(story.getSubjects(), story.getPlaces(), story.getSignals())) {
            for (String value : values) {
                if (value.length() > maxFieldChars) {
                    return Optional.of("a subject, place or signal of " + value.length()
                            + " characters is over the limit of " + maxFieldChars);
                }
            }
        }
        return Optional.empty();
    }
}
