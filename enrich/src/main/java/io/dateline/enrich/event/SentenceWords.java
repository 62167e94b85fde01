package io.dateline.enrich.event;

import io.dateline.enrich.text.Token;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A sentence's tokens → their texts in lower case, as the event coder and its dictionaries read them, with the items
 * of the CAMEO pattern filter each word stands for once they are looked up: every verb of the sentence reads the words
 * after it, and each word is looked up once, not once per verb ({@link PatternFilter#after}). An unmodifiable list;
 * built and read by one thread, per sentence.
 */
final class SentenceWords extends AbstractList<String> implements RandomAccess {

    private static final String MONTH_MAY = "May";

    private final String[] words;
    private PatternFilter filter;
    private int[][] items;

    private SentenceWords(String[] words) {
        this.words = words;
    }

    /**
     * The tokens' texts in lower case ({@link Token#lower()}), but for the month "May" within the sentence, kept as
     * written so that no rule reads it as the modal verb ("fighting since May" is no possibility).
     */
    static SentenceWords lowerCase(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            String text = tokens.get(i).text();
            words[i] = i > 0 && text.equals(MONTH_MAY) ? MONTH_MAY : tokens.get(i).lower();
        }
        return new SentenceWords(words);
    }

    @Override
    public String get(int index) {
        return words[index];
    }

    @Override
    public int size() {
        return words.length;
    }

    /** The items of {@code filter} each word stands for (null: none), looked up on the first call. */
    int[][] items(PatternFilter filter) {
        if (this.filter != filter) {
            int[][] found = new int[words.length][];
            for (int i = 0; i < words.length; i++) {
                found[i] = filter.items(words[i]);
            }
            this.items = found;
            this.filter = filter;
        }
        return items;
    }
}
