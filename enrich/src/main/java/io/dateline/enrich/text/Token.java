package io.dateline.enrich.text;

/**
 * One token of a {@link StoryText}: a maximal run of letters and digits, or a single other non-space character.
 *
 * @param begin    offset of its first character
 * @param end      offset after its last character
 * @param text     its text, with typographic apostrophes, hyphens and quotation marks folded to {@code '}, {@code -}
 *                 and {@code "} for matching
 * @param lower    that text in lower case ({@code Locale.ROOT}), the same instance when it is lower case already
 * @param sentence zero-based index of the sentence it lies in
 */
public record Token(int begin, int end, String text, String lower, int sentence) {

    /** Whether it is a word (letters or digits) rather than punctuation. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }
}
