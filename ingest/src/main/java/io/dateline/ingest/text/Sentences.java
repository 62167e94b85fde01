package io.dateline.ingest.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text -> its first sentence. A sentence ends at {@code .}, {@code !} or {@code ?} followed by whitespace, an
 * upper-case letter or a quote (wire copy glues sentences: {@code region.Independent}), or by the end of the text; a
 * closing quote right after the stop belongs to the sentence. A full stop does not end a sentence after an initial or
 * a run of initials ({@code U.S.}, {@code J. Smith}), after a known abbreviation ({@code Jan.}, {@code Mr.},
 * {@code Gen.}), or when the next word starts in lower case or with a digit ({@code approx. 5}).
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "gov", "sen",
            "rep", "rev", "st", "sr", "jr", "mt", "ft", "no", "nos", "vs", "inc", "corp", "co", "ltd", "dept",
            "approx", "est", "fig", "ave", "blvd", "pres");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)*\\p{L}");
    private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB";
    private static final String OPENERS = "(\"'\u201C\u2018\u00AB[";

    private Sentences() {
    }

    /** The first sentence of {@code text}, trimmed; the whole text when no sentence ends in it. */
    public static String first(String text) {
        String trimmed = text.strip();
        return trimmed.substring(0, firstEnd(trimmed)).strip();
    }

    /** The index just after the first sentence of {@code text}: after its stop and any closing quote. */
    static int firstEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int after = i + 1;
            if (after == text.length()) {
                return after;
            }
            char next = text.charAt(after);
            if (isQuote(next)) {
                return closesQuote(text, i) ? after + 1 : after;
            }
            boolean space = Character.isWhitespace(next) || Character.isSpaceChar(next);
            if (!space && !Character.isUpperCase(next)) {
                continue;
            }
            if (c == '.' && (isAbbreviation(wordBefore(text, i)) || space && nextWordIsLowerOrDigit(text, after))) {
                continue;
            }
            return after;
        }
        return text.length();
    }

    private static boolean closesQuote(String text, int stop) {
        int quotes = 0;
        for (int i = 0; i < stop; i++) {
            if (isQuote(text.charAt(i)) && !isApostrophe(text, i)) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** A ' or ’ between two letters (it's, Côte d’Ivoire) is an apostrophe, not a quote. */
    private static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static String wordBefore(String text, int stop) {
        int start = stop;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
                && OPENERS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, stop);
    }

    private static boolean isAbbreviation(String word) {
        return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean nextWordIsLowerOrDigit(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (Character.isLowerCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
