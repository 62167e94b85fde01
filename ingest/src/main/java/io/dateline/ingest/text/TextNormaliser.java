package io.dateline.ingest.text;

import java.text.Normalizer;

/**
 * Decoded wire text -> text every later step can rely on: line feeds only (CRLF and CR become LF, as do the Unicode
 * line and paragraph separators), tabs become spaces, other C0/C1 control characters and byte order marks are dropped,
 * trailing blanks of each line are cut, and the text is in Unicode NFC. Words, punctuation and spacing inside a line
 * are kept exactly as written. One pass over the characters (it runs on every story), then NFC unless every character
 * is below U+0300 (such text is already in NFC).
 */
public final class TextNormaliser {

    /** Below this code point no character decomposes or combines: such text is in NFC as it is. */
    private static final char FIRST_COMBINING = '\u0300';

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean mayNeedNfc = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                newLine(out);
            } else if (c == '\n' || c == '\u2028' || c == '\u2029') {
                newLine(out);
            } else if (c == '\t') {
                out.append(' ');
            } else if (isDropped(c)) {
                continue;
            } else {
                mayNeedNfc |= c >= FIRST_COMBINING;
                out.append(c);
            }
        }
        trimBlanks(out);
        String clean = out.toString();
        return mayNeedNfc ? Normalizer.normalize(clean, Normalizer.Form.NFC) : clean;
    }

    /** C0 controls except LF (tab and CR are mapped before), DEL, C1 controls, and the byte order mark. */
    private static boolean isDropped(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\uFEFF';
    }

    private static void newLine(StringBuilder out) {
        trimBlanks(out);
        out.append('\n');
    }

    /** Cuts horizontal blanks (as the regex {@code \h}) at the end of {@code out}. */
    private static void trimBlanks(StringBuilder out) {
        int end = out.length();
        while (end > 0 && isHorizontalBlank(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static boolean isHorizontalBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
