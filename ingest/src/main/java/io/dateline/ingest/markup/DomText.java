package io.dateline.ingest.markup;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A DOM element holding inline XHTML or NITF (a NewsML-G2 {@code inlineXML}) -> its text as paragraphs, with the rules
 * of {@link MarkupElements}, by local name whatever the namespace. For NITF, only {@code body.content} is read when
 * there is one (the {@code body.head} repeats headline and byline).
 */
public final class DomText {

    private DomText() {
    }

    /** The paragraphs under {@code element}. */
    public static List<String> paragraphs(Element element) {
        Element content = firstDescendant(element, "body.content");
        TextBlocks blocks = new TextBlocks();
        walk(content != null ? content : element, blocks);
        return blocks.paragraphs();
    }

    /** The first element named {@code localName} under {@code element} (depth first), or null. */
    public static Element firstDescendant(Element element, String localName) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (localName.equals(localName(e))) {
                    return e;
                }
                Element found = firstDescendant(e, localName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The local name of {@code element}, also when the document was read without namespaces. */
    public static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static void walk(Node node, TextBlocks blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            short type = child.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                blocks.text(child.getNodeValue());
            } else if (child instanceof Element element) {
                String name = localName(element);
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
                }
            }
        }
    }
}
