package io.dateline.ingest.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * Text pieces and block boundaries, as a markup walker meets them -> paragraphs. Runs of whitespace (line breaks of
 * the source included) become one space; a block boundary ends the paragraph; a line break ({@code <br>}) is kept as
 * a line feed inside it. Paragraphs are trimmed; empty ones are dropped.
 */
final class TextBlocks {

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    /** Appends {@code text}, collapsing its whitespace. */
    void text(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (current.length() > 0 && !endsWithSpace()) {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
    }

    /** A line break inside the paragraph. */
    void lineBreak() {
        trimEnd();
        if (current.length() > 0) {
            current.append('\n');
        }
    }

    /** Ends the current paragraph, if any. */
    void endBlock() {
        trimEnd();
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    /** Every paragraph, the current one ended. */
    List<String> paragraphs() {
        endBlock();
        return List.copyOf(paragraphs);
    }

    private boolean endsWithSpace() {
        char last = current.charAt(current.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void trimEnd() {
        while (current.length() > 0 && current.charAt(current.length() - 1) == ' ') {
            current.setLength(current.length() - 1);
        }
    }
}
