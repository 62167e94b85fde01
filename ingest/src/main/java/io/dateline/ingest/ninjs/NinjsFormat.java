package io.dateline.ingest.ninjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.StoryAssembler;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.text.Dateline;
import io.dateline.ingest.text.StoryBody;
import io.dateline.ingest.text.Timestamps;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * IPTC ninjs 1.x, 2.x or 3.x JSON -> stories. The input is one ninjs object or an array of them (each an item). Each
 * item is checked against {@link NinjsRules} for the version it is written in ({@link NinjsVersion}); one that breaks
 * them is a problem ({@link Rejection#INVALID}). A valid item is a story when its type is text or composite (text with
 * its pictures; or no type given) and it has a headline or a body, or is canceled (a kill: published even without text); any other item (a picture, an
 * event, an item without text) is skipped. Id = {@code uri}; version = {@code version} (default 1); the body from the
 * markup body if there is one, else the plain one; a dateline opening it is taken out; agency = copyright holder.
 */
public final class NinjsFormat implements WireFormat {

    public static final String PARSER_VERSION = "ninjs/1";

    @Override
    public InputFormat format() {
        return InputFormat.NINJS;
    }

    @Override
    public String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    public ParseResult parse(WireInput input, ParseContext context) {
        JsonNode tree;
        try {
            tree = NinjsJson.read(input.content());
        } catch (JsonProcessingException e) {
            return ParseResult.problem(input.origin(), format(), Rejection.MALFORMED, "not well-formed JSON: "
                    + e.getOriginalMessage() + location(e));
        } catch (UncheckedIOException e) {
            return ParseResult.problem(input.origin(), format(), Rejection.MALFORMED, "not JSON: "
                    + e.getCause().getMessage());
        }
        ParseResult.Builder result = ParseResult.builder(input.origin(), format());
        if (tree.isArray()) {
            if (tree.isEmpty()) {
                return ParseResult.problem(input.origin(), format(), Rejection.EMPTY, "an empty JSON array, no story");
            }
            for (int i = 0; i < tree.size(); i++) {
                item(tree.get(i), i, input, context, result);
            }
        } else {
            item(tree, 0, input, context, result);
        }
        return result.build();
    }

    private void item(JsonNode item, int position, WireInput input, ParseContext context, ParseResult.Builder result) {
        if (!item.isObject()) {
            result.problem(position, Rejection.INVALID, "a ninjs item must be a JSON object, not " + item.getNodeType()
                    .toString().toLowerCase(Locale.ROOT));
            return;
        }
        NinjsVersion version = NinjsVersion.of(item);
        List<String> violations = NinjsRules.check(item, version);
        if (!violations.isEmpty()) {
            result.problem(position, Rejection.INVALID, "not valid ninjs " + version.major() + ".x: "
                    + String.join("; ", violations));
            return;
        }
        NinjsFields fields = new NinjsFields(item);
        String type = fields.text("type");
        if (type != null && !"text".equals(type) && !"composite".equals(type)) {
            result.skip(position, "a ninjs " + type + " item, not a text story");
            return;
        }
        StoryBody body = StoryBody.of(fields.bodyParagraphs(), true);
        String headline = StoryBody.oneLine(fields.headline());
        PubStatus status = fields.pubStatus();
        if (body.text().isEmpty() && headline == null && status != PubStatus.CANCELED) {
            result.skip(position, "a ninjs item without headline or body text, not a story");
            return;
        }
        String agency = fields.agency() != null ? fields.agency() : body.dateline().map(Dateline::agency)
                .orElse(null);
        RawStory.Builder story = RawStory.newBuilder()
                .setId(fields.text("uri").strip())
                .setAgency(agency)
                .setHeadline(headline != null ? headline : "")
                .setByline(StoryBody.oneLine(fields.byline()))
                .setDateline(body.dateline().map(Dateline::text).orElse(null))
                .setBody(body.text())
                .setLanguage(fields.text("language"))
                .setUrgency(fields.get("urgency").isNumber() ? fields.get("urgency").asInt() : null)
                .setPubStatus(status)
                .setFirstCreated(Timestamps.parse(fields.text("firstCreated")).orElse(null))
                .setVersionCreated(Timestamps.parse(fields.text("versionCreated")).orElse(null))
                .setSubjects(fields.subjects())
                .setPlaces(fields.places());
        JsonNode itemVersion = item.get("version");
        if (itemVersion != null) {
            story.setVersion(NinjsFields.version(itemVersion));
        }
        result.story(StoryAssembler.assemble(story, format(), input, position, PARSER_VERSION, context));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
