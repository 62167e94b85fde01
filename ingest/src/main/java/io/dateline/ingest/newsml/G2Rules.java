package io.dateline.ingest.newsml;

import io.dateline.ingest.text.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A NewsML-G2 item -> what in it breaks the standard: a subset of the NewsML-G2 2.35 schema that decides whether we can
 * read it. Required: a {@code guid}; a {@code catalogRef} or {@code catalog} (without one its QCodes mean nothing);
 * {@code itemMeta} with {@code itemClass}, {@code provider} and {@code versionCreated}. Checked: {@code version} a
 * positive whole number; versionCreated, firstCreated and contentCreated ISO-8601 date-times; pubStatus one of
 * stat:usable, stat:withheld, stat:canceled; {@code related} nested at most {@value #MAX_RELATED_DEPTH} deep (the
 * schema allows related/related/related); a catalogItem's contentMeta only with the properties its schema type has.
 */
final class G2Rules {

    static final int MAX_RELATED_DEPTH = 3;
    private static final Set<String> CATALOG_CONTENT_META = Set.of("contentCreated", "contentModified", "creator",
            "contributor", "altId");
    private static final Set<String> STATUSES = Set.of("stat:usable", "stat:withheld", "stat:canceled");
    private static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

    private G2Rules() {
    }

    /**
     * Why the {@code version} attribute of an item or fragment is not a positive whole number; null when it is one or
     * there is none (the default, 1).
     */
    static String versionViolation(Element element) {
        String version = G2Dom.attribute(element, "version");
        return version == null || version.matches("[1-9]\\d{0,17}") ? null
                : "version '" + version + "' is not a positive whole number";
    }

    /** The violations of {@code item}; empty when it keeps the rules. */
    static List<String> check(Element item) {
        List<String> violations = new ArrayList<>();
        String kind = G2Dom.name(item);
        if (G2Dom.attribute(item, "guid") == null) {
            violations.add("<" + kind + "> has no guid");
        }
        String badVersion = versionViolation(item);
        if (badVersion != null) {
            violations.add(badVersion);
        }
        if (G2Dom.child(item, "catalogRef") == null && G2Dom.child(item, "catalog") == null) {
            violations.add("<" + kind + "> names no catalogRef or catalog, so its QCodes cannot be resolved");
        }
        Element itemMeta = G2Dom.child(item, "itemMeta");
        if (itemMeta == null) {
            violations.add("<" + kind + "> has no itemMeta");
        } else {
            for (String required : List.of("itemClass", "provider", "versionCreated")) {
                if (G2Dom.child(itemMeta, required) == null) {
                    violations.add("itemMeta has no " + required);
                }
            }
            dateTime(itemMeta, "versionCreated", violations);
            dateTime(itemMeta, "firstCreated", violations);
            Element status = G2Dom.child(itemMeta, "pubStatus");
            String qcode = G2Dom.attribute(status, "qcode");
            if (qcode != null && !STATUSES.contains(qcode)) {
                violations.add("pubStatus '" + qcode + "' is not stat:usable, stat:withheld or stat:canceled");
            }
        }
        Element contentMeta = G2Dom.child(item, "contentMeta");
        dateTime(contentMeta, "contentCreated", violations);
        if ("catalogItem".equals(kind) && contentMeta != null) {
            for (Element property : G2Dom.children(contentMeta)) {
                if (NAR.equals(property.getNamespaceURI()) && !CATALOG_CONTENT_META.contains(G2Dom.name(property))) {
                    violations.add("<" + G2Dom.name(property) + "> is not allowed in the contentMeta of a catalogItem");
                }
            }
        }
        related(item, 0, violations);
        return violations;
    }

    private static void dateTime(Element parent, String name, List<String> violations) {
        String value = G2Dom.text(G2Dom.child(parent, name));
        if (value != null && !Timestamps.isDateTime(value)) {
            violations.add(name + " '" + value + "' is not an ISO-8601 date-time");
        }
    }

    private static void related(Element element, int depth, List<String> violations) {
        for (Element child : G2Dom.children(element)) {
            boolean isRelated = "related".equals(G2Dom.name(child));
            int childDepth = isRelated ? depth + 1 : 0;
            if (childDepth > MAX_RELATED_DEPTH) {
                violations.add("<related> nested " + childDepth + " deep (at most " + MAX_RELATED_DEPTH + ")");
                return;
            }
            related(child, childDepth, violations);
        }
    }
}
