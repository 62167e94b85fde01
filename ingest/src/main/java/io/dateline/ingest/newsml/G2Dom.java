package io.dateline.ingest.newsml;

import io.dateline.ingest.markup.DomText;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM look-ups by local name, so NewsML-G2 is read the same with or without its namespace (fragments). */
final class G2Dom {

    private G2Dom() {
    }

    static String name(Element element) {
        return DomText.localName(element);
    }

    /** The element children of {@code parent}. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The element children of {@code parent} named {@code localName}. */
    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(name(e))).toList();
    }

    /** The first child named {@code localName}, or null; null for a null parent. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(name(element))) {
                return element;
            }
        }
        return null;
    }

    /** The trimmed text of {@code element}, or null when it is null or blank. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** The attribute's trimmed value, or null when absent or blank. */
    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The text of the first {@code name} child of a concept, else its qcode, else its uri; null for none. */
    static String conceptName(Element concept) {
        String name = text(child(concept, "name"));
        if (name != null) {
            return name.replaceAll("\\s+", " ");
        }
        String qcode = attribute(concept, "qcode");
        return qcode != null ? qcode : attribute(concept, "uri");
    }
}
