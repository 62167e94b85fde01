package io.dateline.ingest.reuters;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalised text of a Reuters-21578 body -> its paragraphs, without the trailer. The copy is hard-wrapped at
 * about 70 characters and each paragraph starts on an indented line, so an indented line or a blank line starts a
 * paragraph and other lines continue the one before (joined with a space). A last line {@code Reuter} (or
 * {@code REUTER}) is the agency trailer and is dropped.
 */
final class ReutersText {

    private ReutersText() {
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lineStart = 0;
        int end = withoutTrailer(text);
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            boolean indented = lineStart < lineEnd && (text.charAt(lineStart) == ' ' || text.charAt(lineStart) == '\t');
            int contentStart = lineStart;
            while (contentStart < lineEnd && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            if (contentStart == lineEnd || indented) {
                flush(current, paragraphs);
            }
            if (contentStart < lineEnd) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(text, contentStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** The end of {@code text} before a trailing "Reuter" line and the blank lines around it. */
    private static int withoutTrailer(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        String last = text.substring(lineStart, end).strip();
        if (lineStart > 0 && ("Reuter".equals(last) || "REUTER".equals(last) || "Reuters".equals(last))) {
            return lineStart;
        }
        return text.length();
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            paragraphs.add(current.substring(0, end));
        }
        current.setLength(0);
    }
}
