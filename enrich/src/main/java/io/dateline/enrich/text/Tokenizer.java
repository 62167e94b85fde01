package io.dateline.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text → tokens. A token is a maximal run of letters, digits and combining marks (a number with its separators:
 * {@code 5,000}, {@code 1.5}), or any single other non-space character, so a token boundary is always a word
 * boundary: {@code Israel's} is {@code Israel ' s}, {@code U.S.} is {@code U . S .}. Typographic apostrophes and
 * dashes inside names are folded so that names match however they are typed, and quotation marks to {@code "}.
 */
public final class Tokenizer {

    /** One string per Latin-1 character, shared by every one-character token (punctuation mostly). */
    private static final String[] LATIN1 = new String[256];

    static {
        for (char c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    /** The tokens of {@code text}, each tagged with the index of the sentence of {@code sentences} it starts in. */
    public static List<Token> tokenize(String text, List<Span> sentences) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        int sentence = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int end = isWordChar(c) ? endOfWord(text, i) : i + 1;
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).begin() <= i) {
                sentence++;
            }
            String tokenText = end == i + 1 ? fold(c) : text.substring(i, end);
            tokens.add(new Token(i, end, tokenText, tokenText.toLowerCase(Locale.ROOT), sentence));
            i = end;
        }
        return tokens;
    }

    /** The tokens of a short text taken as one sentence (a name, a dateline). */
    public static List<Token> tokenize(String text) {
        return tokenize(text, List.of(new Span(0, text.length())));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The end of the word at {@code start}; a number keeps its separators: "5,000", "1.5". */
    private static int endOfWord(String text, int start) {
        int end = start + 1;
        while (end < text.length() && (isWordChar(text.charAt(end)) || separatorInNumber(text, end))) {
            end++;
        }
        return end;
    }

    private static boolean separatorInNumber(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == '.') && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static String fold(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013' -> "-";
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> "\"";
            default -> c < LATIN1.length ? LATIN1[c] : String.valueOf(c);
        };
    }
}
