package io.dateline.ingest.newsml;

import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.markup.DomText;
import io.dateline.ingest.markup.HtmlText;
import io.dateline.ingest.text.Agencies;
import io.dateline.ingest.text.Dateline;
import io.dateline.ingest.text.StoryBody;
import io.dateline.ingest.text.Timestamps;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A NewsML-G2 newsItem (or a contentMeta/contentSet fragment) -> the fields of a story. Id = guid, version = the
 * version attribute (default 1), pubStatus and signals from itemMeta, headline, byline ({@code by}), dateline,
 * language, urgency, subjects (names, else QCodes) and located places (with their broader places) from contentMeta;
 * the body from the first inline NITF or XHTML ({@code inlineXML}), else inline text or HTML ({@code inlineData}),
 * paragraphs kept; NITF's {@code hl1} is the headline when contentMeta has none. Agency = the provider's name, else
 * the code of its QCode ({@code nprov:REUTERS} -> REUTERS).
 */
final class G2Story {

    private final Element item;
    private final Element itemMeta;
    private final Element contentMeta;

    G2Story(Element item) {
        this.item = item;
        boolean fragment = !G2Dom.name(item).endsWith("Item");
        this.itemMeta = fragment && "itemMeta".equals(G2Dom.name(item)) ? item : G2Dom.child(item, "itemMeta");
        this.contentMeta = fragment && "contentMeta".equals(G2Dom.name(item)) ? item
                : G2Dom.child(item, "contentMeta");
    }

    PubStatus pubStatus() {
        String qcode = G2Dom.attribute(G2Dom.child(itemMeta, "pubStatus"), "qcode");
        if (qcode == null) {
            return PubStatus.USABLE;
        }
        return switch (qcode) {
            case "stat:canceled" -> PubStatus.CANCELED;
            case "stat:withheld" -> PubStatus.WITHHELD;
            default -> PubStatus.USABLE;
        };
    }

    /** The item class QCode, e.g. ninat:text; null when not given. */
    String itemClass() {
        return G2Dom.attribute(G2Dom.child(itemMeta, "itemClass"), "qcode");
    }

    /** The story fields; id unset for a fragment (no guid), so the assembler derives one. */
    RawStory.Builder fields() {
        StoryBody body = body();
        String headline = StoryBody.oneLine(G2Dom.text(G2Dom.child(contentMeta, "headline")));
        if (headline == null) {
            Element nitf = inlineXml();
            headline = nitf == null ? null : StoryBody.oneLine(G2Dom.text(DomText.firstDescendant(nitf, "hl1")));
        }
        String dateline = StoryBody.oneLine(G2Dom.text(G2Dom.child(contentMeta, "dateline")));
        if (dateline == null) {
            dateline = body.dateline().map(Dateline::text).orElse(null);
        }
        RawStory.Builder story = RawStory.newBuilder()
                .setAgency(agency())
                .setHeadline(headline == null ? "" : headline)
                .setByline(StoryBody.oneLine(G2Dom.text(G2Dom.child(contentMeta, "by"))))
                .setDateline(dateline)
                .setBody(body.text())
                .setLanguage(language())
                .setUrgency(urgency())
                .setPubStatus(pubStatus())
                .setFirstCreated(firstCreated())
                .setVersionCreated(time(G2Dom.child(itemMeta, "versionCreated")))
                .setSubjects(concepts(G2Dom.children(contentMeta == null ? item : contentMeta, "subject"), false))
                .setPlaces(concepts(contentMeta == null ? List.of() : G2Dom.children(contentMeta, "located"), true))
                .setSignals(G2Dom.children(itemMeta == null ? item : itemMeta, "signal").stream()
                        .map(signal -> G2Dom.attribute(signal, "qcode")).filter(q -> q != null).toList());
        String guid = G2Dom.attribute(item, "guid");
        if (guid != null) {
            story.setId(guid);
        }
        String version = G2Dom.attribute(item, "version");
        if (version != null) {
            story.setVersion(Long.parseLong(version));
        }
        return story;
    }

    /** Whether the item carries no text at all. */
    static boolean isEmptyStory(RawStory.Builder story) {
        return story.getBody().isEmpty() && story.getHeadline().isEmpty();
    }

    private StoryBody body() {
        Element inline = inlineXml();
        if (inline != null) {
            return StoryBody.of(DomText.paragraphs(inline), true);
        }
        for (Element data : contentElements("inlineData")) {
            String type = String.valueOf(G2Dom.attribute(data, "contenttype")).toLowerCase(Locale.ROOT);
            String text = data.getTextContent();
            List<String> paragraphs = type.contains("html") || type.contains("xml") || HtmlText.looksLikeMarkup(text)
                    ? HtmlText.paragraphs(text) : StoryBody.plainParagraphs(text);
            return StoryBody.of(paragraphs, true);
        }
        return StoryBody.of(List.of(), false);
    }

    /** The first inlineXML, preferring NITF or XHTML content types. */
    private Element inlineXml() {
        List<Element> inline = contentElements("inlineXML");
        for (Element element : inline) {
            String type = String.valueOf(G2Dom.attribute(element, "contenttype")).toLowerCase(Locale.ROOT);
            if (type.contains("nitf") || type.contains("html")) {
                return element;
            }
        }
        return inline.isEmpty() ? null : inline.get(0);
    }

    private List<Element> contentElements(String name) {
        Element contentSet = "contentSet".equals(G2Dom.name(item)) ? item : G2Dom.child(item, "contentSet");
        return contentSet == null ? List.of() : G2Dom.children(contentSet, name);
    }

    private String agency() {
        Element provider = G2Dom.child(itemMeta, "provider");
        if (provider == null) {
            return null;
        }
        String name = G2Dom.text(G2Dom.child(provider, "name"));
        if (name != null) {
            return Agencies.canonical(name);
        }
        String qcode = G2Dom.attribute(provider, "qcode");
        return qcode == null ? null : Agencies.canonical(qcode.substring(qcode.indexOf(':') + 1));
    }

    private String language() {
        String tag = G2Dom.attribute(G2Dom.child(contentMeta, "language"), "tag");
        if (tag != null) {
            return tag;
        }
        String lang = item.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        return lang == null || lang.isBlank() ? null : lang.strip();
    }

    private Integer urgency() {
        String urgency = G2Dom.text(G2Dom.child(contentMeta, "urgency"));
        return urgency != null && urgency.matches("[1-9]") ? Integer.valueOf(urgency) : null;
    }

    private Instant firstCreated() {
        Instant first = time(G2Dom.child(itemMeta, "firstCreated"));
        return first != null ? first : time(G2Dom.child(contentMeta, "contentCreated"));
    }

    private static Instant time(Element element) {
        return Timestamps.parse(G2Dom.text(element)).orElse(null);
    }

    /** Each concept's name (else QCode); with {@code broader}, also the names of its broader concepts. */
    private static List<String> concepts(List<Element> concepts, boolean broader) {
        Set<String> names = new LinkedHashSet<>();
        for (Element concept : concepts) {
            String name = G2Dom.conceptName(concept);
            if (name != null) {
                names.add(name);
            }
            if (broader) {
                for (Element wider : G2Dom.children(concept, "broader")) {
                    String widerName = G2Dom.conceptName(wider);
                    if (widerName != null) {
                        names.add(widerName);
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
