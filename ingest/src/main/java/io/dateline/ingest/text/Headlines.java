package io.dateline.ingest.text;

/**
 * A lead paragraph -> a headline for copy that has none: its first sentence (see {@link Sentences}) without the final
 * full stop, cut at a word boundary to at most {@value #MAX_LENGTH} characters, ending in {@code …} when cut.
 */
public final class Headlines {

    public static final int MAX_LENGTH = 120;
    private static final char ELLIPSIS = '\u2026';
    private static final String DANGLING = ",;:-\u2013\u2014 ";

    private Headlines() {
    }

    /** The headline taken from {@code lead}; empty when the lead is blank. */
    public static String fromLead(String lead) {
        String sentence = Sentences.first(lead);
        if (sentence.endsWith(".") && !sentence.endsWith("..")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return shorten(sentence, MAX_LENGTH);
    }

    /** {@code text} when it has at most {@code max} characters, else cut at the last word boundary and ended in …. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        int space = lastSpaceAtOrBefore(text, cut);
        String head = text.substring(0, space > 0 ? space : cut);
        int end = head.length();
        while (end > 0 && DANGLING.indexOf(head.charAt(end - 1)) >= 0) {
            end--;
        }
        return head.substring(0, end) + ELLIPSIS;
    }

    private static int lastSpaceAtOrBefore(String text, int index) {
        for (int i = index; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
