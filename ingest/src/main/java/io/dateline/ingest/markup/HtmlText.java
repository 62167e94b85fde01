package io.dateline.ingest.markup;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML, XHTML or NITF string (a ninjs body, a NewsML-G2 {@code inlineData}) -> its text as paragraphs, with the
 * rules of {@link MarkupElements}. Parsed with jsoup's HTML5 parser, which takes tag soup and every named entity
 * ({@code &nbsp;}, {@code &eacute;}) and never fetches anything; text is not trusted as markup again.
 */
public final class HtmlText {

    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][\\w.:-]*(?:\\s[^<>]*)?/?>|&(?:#\\d+|#x\\p{XDigit}+|\\w+);");

    private HtmlText() {
    }

    /** The paragraphs of {@code html}. */
    public static List<String> paragraphs(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        TextBlocks blocks = new TextBlocks();
        walk(body, blocks);
        return blocks.paragraphs();
    }

    /** Whether {@code text} looks like markup rather than plain text: it has a tag or an entity reference. */
    public static boolean looksLikeMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    /** The text of an HTML fragment, without markup, whitespace collapsed (for headlines). */
    public static String inline(String html) {
        return Jsoup.parseBodyFragment(html).body().text().strip();
    }

    private static void walk(Node node, TextBlocks blocks) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                blocks.text(text.getWholeText());
            } else if (child instanceof Element element) {
                String name = element.normalName();
                if (MarkupElements.isSkipped(name)) {
                    continue;
                }
                if (MarkupElements.isLineBreak(name)) {
                    blocks.lineBreak();
                    continue;
                }
                boolean block = MarkupElements.isBlock(name);
                if (block) {
                    blocks.endBlock();
                }
                walk(element, blocks);
                if (block) {
                    blocks.endBlock();
                } else if ("td".equals(name) || "th".equals(name)) {
                    blocks.text(" ");
                }
            }
        }
    }
}
