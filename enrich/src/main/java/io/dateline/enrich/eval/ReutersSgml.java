package io.dateline.enrich.eval;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Reuters-21578 SGML file ({@code reut2-NNN.sgm}) → its stories with their gold tags, read the way the reference
 * scorer's {@code reuters.py} reads them: Latin-1, the first {@code <TITLE>}, {@code <DATELINE>} and {@code <BODY>} of
 * each {@code <REUTERS>} element, character references decoded, control characters other than newline and tab dropped.
 * The body's hard-wrapped lines are kept; a line indented with spaces starts a new paragraph, which becomes a blank
 * line as in ingest's normalised text. Only for evaluation: the production parser lives in ingest.
 */
public final class ReutersSgml {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ROOT);

    private ReutersSgml() {
    }

    /** Every story of the file, in file order. */
    public static List<ReutersStory> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
    }

    /** Every {@code <REUTERS>} element of {@code sgml}. */
    public static List<ReutersStory> parse(String sgml) {
        List<ReutersStory> stories = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = sgml.indexOf("<REUTERS", at);
            if (open < 0) {
                break;
            }
            int attrsEnd = sgml.indexOf('>', open);
            int close = sgml.indexOf("</REUTERS>", attrsEnd);
            if (attrsEnd < 0 || close < 0) {
                break;
            }
            stories.add(story(sgml.substring(open, attrsEnd), sgml.substring(attrsEnd + 1, close)));
            at = close + "</REUTERS>".length();
        }
        return stories;
    }

    private static ReutersStory story(String attributes, String inner) {
        int newid = Integer.parseInt(attribute(attributes, "NEWID"));
        String title = text(element(inner, "TITLE")).strip();
        String dateline = text(element(inner, "DATELINE")).strip();
        String body = paragraphs(text(element(inner, "BODY")));
        Instant date = date(text(element(inner, "DATE")).strip());
        RawStory story = RawStory.newBuilder()
                .setId("reuters-" + newid)
                .setAgency("Reuters")
                .setFormat(InputFormat.UNKNOWN)
                .setHeadline(title)
                .setDateline(dateline.isEmpty() ? null : dateline)
                .setBody(body)
                .setLanguage("en")
                .setVersionCreated(date)
                .setReceived(date == null ? Instant.EPOCH : date)
                .setContentHash("-")
                .build();
        return new ReutersStory(newid, story, list(element(inner, "PLACES")), list(element(inner, "PEOPLE")));
    }

    /** The content of the first {@code <name>…</name>} in {@code inner}, or "". */
    static String element(String inner, String name) {
        int open = inner.indexOf("<" + name + ">");
        if (open < 0) {
            return "";
        }
        int begin = open + name.length() + 2;
        int end = inner.indexOf("</" + name + ">", begin);
        return end < 0 ? "" : inner.substring(begin, end);
    }

    /** The {@code <D>} items of a list element such as PLACES. */
    static List<String> list(String element) {
        List<String> items = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = element.indexOf("<D>", at);
            int close = open < 0 ? -1 : element.indexOf("</D>", open);
            if (close < 0) {
                return items;
            }
            items.add(element.substring(open + 3, close));
            at = close + 4;
        }
    }

    /** Character references decoded ({@code &lt;}, {@code &#3;}), control characters but newline and tab dropped. */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semicolon = c == '&' ? raw.indexOf(';', i) : -1;
            if (semicolon > i && semicolon - i <= 8) {
                String decoded = reference(raw.substring(i + 1, semicolon));
                if (decoded != null) {
                    appendVisible(out, decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            appendVisible(out, String.valueOf(c));
            i++;
        }
        return out.toString();
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
                if (name.length() > 1 && name.charAt(0) == '#'
                        && name.substring(1).chars().allMatch(Character::isDigit)) {
                    return String.valueOf((char) Integer.parseInt(name.substring(1)));
                }
                return null;
        }
    }

    private static void appendVisible(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || c >= 32 && c != 127) {
                out.append(c);
            }
        }
    }

    /** Wire paragraphs (a line indented with spaces starts one) separated by blank lines. */
    static String paragraphs(String body) {
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder(body.length() + 64);
        for (String line : lines) {
            boolean indented = line.startsWith(" ") || line.startsWith("\t");
            if (indented && out.length() > 0 && !line.isBlank()) {
                trimTrailing(out);
                out.append("\n\n");
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(line.strip());
        }
        trimTrailing(out);
        return out.toString();
    }

    private static void trimTrailing(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    private static String attribute(String attributes, String name) {
        int at = attributes.indexOf(name + "=\"");
        if (at < 0) {
            throw new IllegalArgumentException("A <REUTERS> element without " + name + ": " + attributes);
        }
        int begin = at + name.length() + 2;
        return attributes.substring(begin, attributes.indexOf('"', begin));
    }

    /** {@code 26-FEB-1987 15:01:01.79} as an instant (UTC, the hundredths dropped), or null. */
    static Instant date(String text) {
        int dot = text.indexOf('.');
        try {
            return LocalDateTime.parse(dot > 0 ? text.substring(0, dot) : text, DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
