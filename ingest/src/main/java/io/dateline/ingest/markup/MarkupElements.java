package io.dateline.ingest.markup;

import java.util.Locale;
import java.util.Set;

/**
 * Element names -> how they shape text. Blocks end a paragraph (HTML {@code p}, {@code div}, headings, list items,
 * table rows; NITF {@code hl1}, {@code hl2}, {@code block}); {@code br} breaks a line; and some elements hold no body
 * text at all and are skipped with their content: scripts and styles, HTML {@code head}, NITF {@code head} and
 * {@code body.head} (headline, byline and dateline repeated from the metadata), media and figures.
 */
final class MarkupElements {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "pre", "address",
            "h1", "h2", "h3", "h4", "h5", "h6", "hl1", "hl2", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "block", "body.content", "body.end", "tagline", "bq", "note", "fn", "hr", "body");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "head", "title", "body.head", "media", "figure", "img", "video", "audio", "object",
            "iframe", "noscript", "template", "svg", "math");

    private MarkupElements() {
    }

    static boolean isBlock(String name) {
        return BLOCKS.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isLineBreak(String name) {
        return "br".equalsIgnoreCase(name);
    }

    static boolean isSkipped(String name) {
        return SKIPPED.contains(name.toLowerCase(Locale.ROOT));
    }
}
