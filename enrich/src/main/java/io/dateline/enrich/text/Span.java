package io.dateline.enrich.text;

/**
 * A half-open range {@code [begin, end)} of character offsets into a {@link StoryText}.
 *
 * @param begin offset of the first character
 * @param end   offset after the last character
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Not a span: [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    /** The characters of {@code text} this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }
}
