package io.dateline.enrich.text;

import java.util.List;
import java.util.Objects;

/**
 * The text every tagger reads: {@code headline + "\n\n" + body} (the separator is there even when the headline is
 * empty), split once into sentences and tokens. Every offset the taggers report, and so every {@code Mention}, is a
 * half-open {@code [begin, end)} range of char (UTF-16) offsets into {@link #text()}. The headline, when there is one,
 * is sentence 0.
 */
public final class StoryText {

    /** What separates the headline from the body. */
    public static final String SEPARATOR = "\n\n";

    private final String text;
    private final int bodyStart;
    private final List<Span> sentences;
    private final List<Token> tokens;
    private final boolean[] allCaps;

    private StoryText(String headline, String body) {
        this.text = headline + SEPARATOR + body;
        this.bodyStart = headline.length() + SEPARATOR.length();
        this.sentences = List.copyOf(SentenceSplitter.split(text));
        this.tokens = List.copyOf(Tokenizer.tokenize(text, sentences));
        this.allCaps = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            allCaps[i] = isAllCaps(text, sentences.get(i));
        }
    }

    /** The text of a story; a null headline or body counts as empty. */
    public static StoryText of(String headline, String body) {
        return new StoryText(Objects.requireNonNullElse(headline, ""), Objects.requireNonNullElse(body, ""));
    }

    public String text() {
        return text;
    }

    /** Offset of the first body character. */
    public int bodyStart() {
        return bodyStart;
    }

    /** Whether {@code offset} lies in the headline. */
    public boolean inHeadline(int offset) {
        return offset < bodyStart - SEPARATOR.length();
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Index of the sentence that contains {@code offset}, or of the last sentence before it. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).begin() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Index of the first body sentence, or the sentence count when the body is empty. */
    public int firstBodySentence() {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).begin() >= bodyStart) {
                return i;
            }
        }
        return sentences.size();
    }

    /** Whether sentence {@code index} is written in capitals only, as old wire headlines are. */
    public boolean isAllCaps(int index) {
        return allCaps[index];
    }

    private static boolean isAllCaps(String text, Span sentence) {
        int upper = 0;
        for (int i = sentence.begin(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 4;
    }
}
