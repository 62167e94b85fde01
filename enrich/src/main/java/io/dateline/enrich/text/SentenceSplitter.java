package io.dateline.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text → sentence spans, for wire copy as it really arrives. A blank line always ends a sentence. A {@code .}, {@code ?}
 * or {@code !} (with any closing quotes or brackets after it) ends one when whitespace and then a capital, a digit or an
 * opening quote follow — unless the full stop belongs to an abbreviation ({@code Mr.}, {@code Jan.}), an initial
 * ({@code J. Smith}) or a dotted capital abbreviation ({@code U.S.}). Copy that lost its spaces is split too: a lower-case
 * letter or digit, the terminator, then directly a capital or a quote ({@code region.Independent}, {@code rivals."The});
 * {@code U.S} and {@code 3.5} never match that.
 */
public final class SentenceSplitter {

    /** Words that a full stop follows without ending the sentence (case-sensitive, without the stop). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Hon", "Sr", "Jr", "St", "Mt", "Ft",
            "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Cdr", "Brig", "Cpl", "Pte", "Gov", "Sen", "Rep",
            "Pres", "Amb", "Supt", "Insp", "Det",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "No", "Nos", "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Ave", "Blvd", "Rd", "Fig", "Vol",
            "vs", "approx", "e.g", "i.e", "cf");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text} in order, each trimmed of surrounding whitespace; never an empty span. */
    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAt(text, i)) {
                add(text, start, i, sentences);
                start = i + 1;
                i++;
            } else if (c == '.' || c == '?' || c == '!') {
                int end = endOfTerminator(text, start, i);
                int next = boundaryAfter(text, i, end);
                if (next >= 0) {
                    add(text, start, end, sentences);
                    start = next;
                    i = next;
                } else {
                    i = end;
                }
            } else {
                i++;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    /**
     * Where the next sentence starts when the terminator at {@code at} (with its closers, up to {@code end}) ends a
     * sentence, else -1.
     */
    private static int boundaryAfter(String text, int at, int end) {
        if (end >= text.length()) {
            return -1;
        }
        int next;
        if (Character.isWhitespace(text.charAt(end))) {
            next = skipSpaces(text, end);
            if (next >= text.length() || !startsSentence(text, next)) {
                return -1;
            }
        } else if (isGlued(text, at, end)) {
            next = end;
        } else {
            return -1;
        }
        return text.charAt(at) == '.' && isAbbreviation(text, at) ? -1 : next;
    }

    /** {@code region.Independent}, {@code 2023.In}, {@code rivals."The}: a sentence whose following space was lost. */
    private static boolean isGlued(String text, int at, int end) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        if (!Character.isLowerCase(before) && !Character.isDigit(before)) {
            return false;
        }
        char after = text.charAt(end);
        if (Character.isUpperCase(after)) {
            return true;
        }
        return isQuote(after) && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1));
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || isQuote(c) || c == '(' || c == '[';
    }

    /** Whether the full stop at {@code dot} ends an abbreviation, an initial or a dotted capital abbreviation. */
    private static boolean isAbbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && (Tokenizer.isWordChar(text.charAt(begin - 1)) || text.charAt(begin - 1) == '.')) {
            begin--;
        }
        while (begin < dot && text.charAt(begin) == '.') {
            begin++;
        }
        String word = text.substring(begin, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0));
        }
        return word.indexOf('.') > 0 && word.chars().noneMatch(Character::isLowerCase);
    }

    /** The end of the terminator at {@code at} with any further terminators and closing quotes or brackets. */
    private static int endOfTerminator(String text, int sentenceStart, int at) {
        int end = at + 1;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean closes = isTerminator(c) || c == ')' || c == ']'
                    || isQuote(c) && isClosingQuote(text, sentenceStart, end);
            if (!closes) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether the quote at {@code quote}, right after a terminator, closes the sentence ({@code efforts."It}) rather
     * than opening the next one ({@code rivals."The}). Curly quotes say so; a straight double quote closes when the
     * sentence so far has an odd number of them; a single quote closes unless a letter follows it.
     */
    private static boolean isClosingQuote(String text, int sentenceStart, int quote) {
        char c = text.charAt(quote);
        if (c == '\u201D') {
            return true;
        }
        if (c == '\u201C' || c == '\u2018') {
            return false;
        }
        if (c == '"') {
            int count = 0;
            for (int i = sentenceStart; i < quote; i++) {
                if (text.charAt(i) == '"') {
                    count++;
                }
            }
            return count % 2 == 1;
        }
        return quote + 1 >= text.length() || !Character.isLetter(text.charAt(quote + 1));
    }

    private static boolean isBlankLineAt(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private static void add(String text, int from, int to, List<Span> sentences) {
        int begin = from;
        int end = to;
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            sentences.add(new Span(begin, end));
        }
    }
}
