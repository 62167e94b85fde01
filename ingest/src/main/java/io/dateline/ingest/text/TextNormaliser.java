package io.dateline.ingest.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Decoded wire text -> text every later step can rely on: line feeds only (CRLF and CR become LF, as do the Unicode
 * line and paragraph separators), tabs become spaces, other C0/C1 control characters and byte order marks are dropped,
 * trailing blanks of each line are cut, and the text is in Unicode NFC. Words, punctuation and spacing inside a line
 * are kept exactly as written.
 */
public final class TextNormaliser {

    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u2028\u2029]");
    /** C0 controls except LF (tab is mapped before), DEL, C1 controls, and the byte order mark. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\uFEFF]");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("\\h+$", Pattern.MULTILINE);

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        String lines = LINE_BREAKS.matcher(text).replaceAll("\n").replace('\t', ' ');
        String clean = CONTROLS.matcher(lines).replaceAll("");
        String trimmed = TRAILING_BLANKS.matcher(clean).replaceAll("");
        return Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }
}
