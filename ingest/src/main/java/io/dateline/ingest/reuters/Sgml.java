package io.dateline.ingest.reuters;

import java.util.ArrayList;
import java.util.List;

/**
 * Scanning SGML of the Reuters-21578 kind by hand, fast and forgiving: elements are found by their literal tags (so an
 * unescaped {@code >} or {@code <} in text is harmless), and character references are resolved: numeric ones
 * ({@code &#1;}, {@code &#x41;}) and the five XML entities. No other entity is expanded, nothing external is read.
 */
final class Sgml {

    /** The bounds of an element's content inside a text: [start, end). */
    record Span(int start, int end) {
    }

    private Sgml() {
    }

    /** The content of the first {@code <name ...>...</name>} between {@code from} and {@code to}, or null. */
    static Span element(String text, String name, int from, int to) {
        String open = "<" + name;
        int start = text.indexOf(open, from);
        while (start >= 0 && start < to) {
            int after = start + open.length();
            if (after < to && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
                int contentStart = text.indexOf('>', after);
                if (contentStart < 0 || contentStart >= to) {
                    return null;
                }
                int end = text.indexOf("</" + name + ">", contentStart + 1);
                return end < 0 || end > to ? new Span(contentStart + 1, to) : new Span(contentStart + 1, end);
            }
            start = text.indexOf(open, after);
        }
        return null;
    }

    /** The value of attribute {@code name} in the tag starting at {@code tagStart}, or null. */
    static String attribute(String text, int tagStart, String name) {
        int tagEnd = text.indexOf('>', tagStart);
        if (tagEnd < 0) {
            return null;
        }
        String key = " " + name + "=\"";
        int at = text.indexOf(key, tagStart);
        if (at < 0 || at > tagEnd) {
            return null;
        }
        int valueStart = at + key.length();
        int valueEnd = text.indexOf('"', valueStart);
        return valueEnd < 0 || valueEnd > tagEnd ? null : text.substring(valueStart, valueEnd);
    }

    /** The {@code <D>} values inside {@code span}, resolved and trimmed. */
    static List<String> values(String text, Span span) {
        List<String> values = new ArrayList<>();
        if (span == null) {
            return values;
        }
        int from = span.start();
        while (true) {
            Span value = element(text, "D", from, span.end());
            if (value == null) {
                return values;
            }
            String resolved = resolve(text.substring(value.start(), value.end())).strip();
            if (!resolved.isEmpty()) {
                values.add(resolved);
            }
            from = value.end();
        }
    }

    /** {@code text} with character references and the five XML entities resolved; others left as written. */
    static String resolve(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (amp >= 0) {
            int semi = text.indexOf(';', amp);
            if (semi < 0 || semi - amp > 10) {
                out.append(text, from, amp + 1);
                from = amp + 1;
            } else {
                out.append(text, from, amp);
                String reference = text.substring(amp + 1, semi);
                String resolved = reference(reference);
                out.append(resolved != null ? resolved : "&" + reference + ";");
                from = semi + 1;
            }
            amp = text.indexOf('&', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private static String reference(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        if (name.length() > 1 && name.charAt(0) == '#') {
            try {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X' ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
