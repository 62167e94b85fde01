package io.dateline.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paragraphs read from a structured format (ninjs, NewsML-G2, Reuters-21578) -> the body of a story: each paragraph
 * normalised ({@link TextNormaliser}) and trimmed, empty ones dropped, joined with a blank line; a dateline opening
 * the first paragraph ({@link Datelines}) is taken out of the body and returned on its own, as for plain text.
 *
 * @param text     the body, paragraphs separated by a blank line; may be empty
 * @param dateline the dateline the body opened with, if any
 */
public record StoryBody(String text, Optional<Dateline> dateline) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\n\\s*");

    /** The body of {@code paragraphs}; a leading dateline is taken out when {@code takeDateline}. */
    public static StoryBody of(List<String> paragraphs, boolean takeDateline) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            String text = TextNormaliser.normalise(paragraph).strip();
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        Optional<Dateline> dateline = takeDateline && !kept.isEmpty() ? Datelines.parse(kept.get(0))
                : Optional.empty();
        dateline.ifPresent(d -> {
            if (d.rest().isEmpty()) {
                kept.remove(0);
            } else {
                kept.set(0, d.rest());
            }
        });
        return new StoryBody(String.join("\n\n", kept), dateline);
    }

    /** Plain text -> paragraphs: blank lines separate them, the lines inside one are joined with a space. */
    public static List<String> plainParagraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            String joined = LINE_BREAK.matcher(block.strip()).replaceAll(" ");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return paragraphs;
    }

    /** {@code text} on one line: whitespace runs as one space, trimmed, normalised; null for null. */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String line = WHITESPACE.matcher(TextNormaliser.normalise(text)).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }
}
