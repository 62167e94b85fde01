package io.dateline.ingest.newsml;

import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.StoryAssembler;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2 XML -> stories. The document is one item ({@code newsItem}, {@code packageItem},
 * {@code conceptItem}, ...), a {@code newsMessage} with several items in its {@code itemSet}, or a contentMeta or
 * contentSet fragment. XML is read by {@link SecureXml} (a DTD is refused). Each item is checked by {@link G2Rules};
 * one that breaks them is a problem. A text newsItem ({@code ninat:text}, or no class) with a headline or a body, or
 * canceled (a kill), is a story ({@link G2Story}); other items (pictures, packages, concepts, events, catalogs) are
 * skipped. An item without itemMeta (elided, as in the standard's own message examples) is skipped inside a message
 * with several items, and a problem when it is the whole document. A fragment has no guid: its story id is derived from its text.
 */
public final class NewsmlG2Format implements WireFormat {

    public static final String PARSER_VERSION = "newsml-g2/1";
    private static final Set<String> ITEMS = Set.of("newsItem", "packageItem", "conceptItem", "knowledgeItem",
            "planningItem", "catalogItem");
    private static final Set<String> FRAGMENTS = Set.of("contentSet", "contentMeta", "itemMeta");

    @Override
    public InputFormat format() {
        return InputFormat.NEWSML_G2;
    }

    @Override
    public String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    public ParseResult parse(WireInput input, ParseContext context) {
        Element root;
        try {
            root = SecureXml.parse(input.content()).getDocumentElement();
        } catch (SecureXml.Refused e) {
            return ParseResult.problem(input.origin(), format(), e.unsafe() ? Rejection.UNSAFE : Rejection.MALFORMED,
                    e.getMessage());
        }
        String name = G2Dom.name(root);
        ParseResult.Builder result = ParseResult.builder(input.origin(), format());
        if ("newsMessage".equals(name)) {
            List<Element> items = G2Dom.children(G2Dom.child(root, "itemSet") == null ? root
                    : G2Dom.child(root, "itemSet")).stream().filter(e -> ITEMS.contains(G2Dom.name(e))).toList();
            if (items.isEmpty()) {
                return ParseResult.problem(input.origin(), format(), Rejection.EMPTY, "a newsMessage with no item");
            }
            for (int i = 0; i < items.size(); i++) {
                item(items.get(i), i, items.size() > 1, input, context, result);
            }
        } else if (ITEMS.contains(name)) {
            item(root, 0, false, input, context, result);
        } else if (FRAGMENTS.contains(name)) {
            fragment(root, input, context, result);
        } else {
            return ParseResult.problem(input.origin(), format(), Rejection.UNKNOWN_FORMAT, "XML root <" + name
                    + "> is not a NewsML-G2 item, message or fragment");
        }
        return result.build();
    }

    private void item(Element item, int position, boolean inMessage, WireInput input, ParseContext context,
                      ParseResult.Builder result) {
        String kind = G2Dom.name(item);
        String guid = G2Dom.attribute(item, "guid");
        String label = "<" + kind + ">" + (guid == null ? "" : " " + guid);
        if (G2Dom.child(item, "itemMeta") == null) {
            if (inMessage) {
                result.skip(position, "incomplete " + label + " without itemMeta (elided from the message), nothing "
                        + "to read");
            } else {
                result.problem(position, Rejection.INVALID, "incomplete " + label + ": no itemMeta");
            }
            return;
        }
        List<String> violations = G2Rules.check(item);
        if (!violations.isEmpty()) {
            result.problem(position, Rejection.INVALID, "not valid NewsML-G2: " + label + ": "
                    + String.join("; ", violations));
            return;
        }
        if (!"newsItem".equals(kind)) {
            result.skip(position, "a NewsML-G2 " + kind + ", not a story");
            return;
        }
        G2Story story = new G2Story(item);
        String itemClass = story.itemClass();
        if (itemClass != null && !itemClass.endsWith(":text")) {
            result.skip(position, "a " + itemClass + " newsItem, not a text story");
            return;
        }
        RawStory.Builder fields = story.fields();
        if (G2Story.isEmptyStory(fields) && fields.getPubStatus() != PubStatus.CANCELED) {
            result.skip(position, "a text " + label + " without headline or body text, not a story");
            return;
        }
        result.story(StoryAssembler.assemble(fields, format(), input, position, PARSER_VERSION, context));
    }

    private void fragment(Element root, WireInput input, ParseContext context, ParseResult.Builder result) {
        String badVersion = G2Rules.versionViolation(root);   // a fragment keeps no other rule of an item
        if (badVersion != null) {
            result.problem(0, Rejection.INVALID, "not valid NewsML-G2: <" + G2Dom.name(root) + "> fragment: "
                    + badVersion);
            return;
        }
        RawStory.Builder fields = new G2Story(root).fields();
        if (G2Story.isEmptyStory(fields)) {
            result.skip(0, "a NewsML-G2 <" + G2Dom.name(root) + "> fragment without headline or body text, "
                    + "not a story");
            return;
        }
        result.story(StoryAssembler.assemble(fields, format(), input, 0, PARSER_VERSION, context));
    }
}
