package io.dateline.enrich.names;

import io.dateline.enrich.tag.Match;
import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A story's tokens as the name rules read them: which gazetteer match (if any) covers each token, which tokens are
 * capitalised words, and where each sentence's tokens begin and end. Built once per story and read by one thread (it
 * keeps each token's title case once made).
 */
final class TokenView {

    private final StoryText text;
    private final List<Token> tokens;
    private final Match[] covering;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    /** Each token's {@link #titleCase}, made on first use. */
    private final String[] titleCase;

    TokenView(StoryText text, List<Match> matches) {
        this.text = text;
        this.tokens = text.tokens();
        this.covering = new Match[tokens.size()];
        this.titleCase = new String[tokens.size()];
        int m = 0;
        for (int i = 0; i < tokens.size() && m < matches.size(); i++) {
            Token token = tokens.get(i);
            while (m < matches.size() && matches.get(m).end() <= token.begin()) {
                m++;
            }
            if (m < matches.size() && matches.get(m).begin() <= token.begin()) {
                covering[i] = matches.get(m);
            }
        }
        int sentences = text.sentences().size();
        this.sentenceStart = new int[Math.max(sentences, 1)];
        this.sentenceEnd = new int[Math.max(sentences, 1)];
        Arrays.fill(sentenceStart, -1);
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.get(i).sentence();
            if (sentenceStart[s] < 0) {
                sentenceStart[s] = i;
            }
            sentenceEnd[s] = i + 1;
        }
        for (int s = 0; s < sentences; s++) {
            if (sentenceStart[s] < 0) {
                sentenceStart[s] = sentenceEnd[s]; // a sentence without tokens: an empty range
            }
        }
    }

    StoryText text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** Token {@code i}'s text in lower case. */
    String lower(int i) {
        return tokens.get(i).lower();
    }

    /**
     * Token {@code i}'s text with its first character as written and the rest in lower case, as a name in capitals is
     * looked up: {@code SAUDI} → {@code Saudi}; made once per token.
     */
    String titleCase(int i) {
        String title = titleCase[i];
        if (title == null) {
            String w = word(i);
            title = w.length() < 2 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            titleCase[i] = title;
        }
        return title;
    }

    /** Whether token {@code i} is letters only. */
    boolean isLetters(int i) {
        String w = word(i);
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The gazetteer match covering token {@code i}, or null. */
    Match covering(int i) {
        return covering[i];
    }

    int sentenceCount() {
        return text.sentences().size();
    }

    /** Index of the first token of sentence {@code s}. */
    int firstTokenOf(int s) {
        return sentenceStart[s];
    }

    /** Index after the last token of sentence {@code s}. */
    int endTokenOf(int s) {
        return sentenceEnd[s];
    }

    /** Index of the first token of token {@code i}'s sentence. */
    int sentenceStartOf(int i) {
        return sentenceStart[tokens.get(i).sentence()];
    }

    /** Index after the last token of token {@code i}'s sentence. */
    int sentenceEndOf(int i) {
        return sentenceEnd[tokens.get(i).sentence()];
    }

    /** Whether token {@code i} lies in a sentence written in capitals only (an old wire headline). */
    boolean inCapitals(int i) {
        return text.isAllCaps(tokens.get(i).sentence());
    }

    /** A word starting with a capital and not in capitals only: {@code Putin}, {@code McCain}; or one capital. */
    boolean isCapitalised(int i) {
        String w = tokens.get(i).text();
        if (!Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return true;
            }
        }
        return w.length() == 1;
    }

    /** Whether token {@code j} starts right where token {@code i} ends (no space between). */
    boolean touches(int i, int j) {
        return j < tokens.size() && tokens.get(i).end() == tokens.get(j).begin();
    }

    /** Whether token {@code i} is a single capital with a full stop right after it: an initial, {@code J.} */
    boolean isInitial(int i) {
        String w = tokens.get(i).text();
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && i + 1 < tokens.size()
                && ".".equals(tokens.get(i + 1).text()) && touches(i, i + 1);
    }
}
