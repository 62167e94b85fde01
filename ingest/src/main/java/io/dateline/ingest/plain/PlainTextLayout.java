package io.dateline.ingest.plain;

import io.dateline.ingest.text.Datelines;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalised lines of plain wire text (no trailer) -> the headline line, if any, and the body paragraphs.
 * <p>Headline: the first line, when it is short (at most {@value #MAX_HEADLINE_LENGTH} characters), does not end in a
 * full stop, does not start with a dateline, and is followed by a blank line or by a line that starts with a dateline.
 * <p>Paragraphs: blank lines always separate paragraphs. A line continues onto the next (hard-wrapped copy, joined
 * with one space) only when it is at most {@value #MAX_WRAPPED_LINE} characters long, does not end a sentence and the
 * next line is not indented; otherwise each line is a paragraph (agency copy often puts one paragraph per line, with
 * no blank line between them).
 */
final class PlainTextLayout {

    static final int MAX_HEADLINE_LENGTH = 150;
    static final int MAX_WRAPPED_LINE = 100;
    private static final String SENTENCE_ENDS = ".!?:;\u2026";
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]";

    /**
     * @param headline   the headline line, or null
     * @param paragraphs the body paragraphs, trimmed, none blank
     */
    record Layout(String headline, List<String> paragraphs) {
    }

    private PlainTextLayout() {
    }

    static Layout of(List<String> lines) {
        int start = firstNonBlank(lines, 0);
        String headline = null;
        if (isHeadline(lines, start)) {
            headline = lines.get(start).strip();
            start = firstNonBlank(lines, start + 1);
        }
        return new Layout(headline, paragraphs(lines.subList(Math.min(start, lines.size()), lines.size())));
    }

    private static boolean isHeadline(List<String> lines, int index) {
        if (index >= lines.size()) {
            return false;
        }
        String line = lines.get(index).strip();
        if (line.length() > MAX_HEADLINE_LENGTH || line.endsWith(".") || Datelines.startsWithDateline(line)) {
            return false;
        }
        int next = index + 1;
        if (next >= lines.size() || firstNonBlank(lines, next) >= lines.size()) {
            return false;
        }
        return lines.get(next).isBlank() || Datelines.startsWithDateline(lines.get(next).strip());
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
                previous = null;
                continue;
            }
            if (previous != null && !continues(previous, line)) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
            previous = line;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean continues(String line, String next) {
        String text = line.strip();
        return text.length() <= MAX_WRAPPED_LINE && !endsSentence(text) && !Character.isWhitespace(next.charAt(0));
    }

    private static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
