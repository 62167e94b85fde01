package io.dateline.ingest.reuters;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.StoryAssembler;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.text.Agencies;
import io.dateline.ingest.text.Headlines;
import io.dateline.ingest.text.StoryBody;
import io.dateline.ingest.text.TextDecoder;
import io.dateline.ingest.text.TextNormaliser;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML (one file, many {@code <REUTERS>} entries) -> one story per entry. Bytes are UTF-8 when valid,
 * else windows-1252/Latin-1 ({@link TextDecoder}); character references resolved, control characters dropped
 * ({@link Sgml}, {@link io.dateline.ingest.text.TextNormaliser}). Id {@code reuters21578:<NEWID>}, version 1, agency
 * Reuters, language en; headline = TITLE, else the first line of an unprocessed text; dateline = DATELINE without its
 * dash; body = BODY, else the text after the TITLE (the corpus' BRIEF entries) or the whole text (UNPROC), trailer
 * dropped ({@link ReutersText}); DATE -> versionCreated and firstCreated ({@link ReutersDates}); TOPICS -> subjects,
 * PLACES -> places. An entry without NEWID, or not closed, is a problem; one without any text is skipped.
 */
public final class ReutersSgmlFormat implements WireFormat {

    public static final String PARSER_VERSION = "reuters21578/1";
    public static final String ID_PREFIX = "reuters21578:";
    private static final String OPEN = "<REUTERS";
    private static final String CLOSE = "</REUTERS>";
    private static final Pattern NEW_ID = Pattern.compile("\\d{1,18}");

    @Override
    public InputFormat format() {
        return InputFormat.REUTERS_SGML;
    }

    @Override
    public String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    public ParseResult parse(WireInput input, ParseContext context) {
        String text = TextDecoder.decode(input.content()).text();
        ParseResult.Builder result = ParseResult.builder(input.origin(), format());
        int from = text.indexOf(OPEN);
        int position = 0;
        while (from >= 0) {
            int end = text.indexOf(CLOSE, from);
            int next = text.indexOf(OPEN, from + OPEN.length());
            if (end < 0 || next >= 0 && next < end) {
                result.problem(position, Rejection.MALFORMED, "<REUTERS> entry " + (position + 1)
                        + " is not closed before " + (next < 0 ? "the end of the file" : "the next entry"));
                from = next;
            } else {
                entry(text, from, end, position, input, context, result);
                from = next;
            }
            position++;
        }
        if (position == 0) {
            result.problem(-1, Rejection.NO_STORY, "no <REUTERS> entry in the file");
        }
        return result.build();
    }

    private void entry(String text, int start, int end, int position, WireInput input, ParseContext context,
                       ParseResult.Builder result) {
        String newId = Sgml.attribute(text, start, "NEWID");
        if (newId == null || !NEW_ID.matcher(newId).matches()) {
            result.problem(position, Rejection.INVALID, "<REUTERS> entry " + (position + 1) + " has no numeric NEWID");
            return;
        }
        Sgml.Span body = Sgml.element(text, "TEXT", start, end);
        Sgml.Span title = body == null ? null : Sgml.element(text, "TITLE", body.start(), body.end());
        Sgml.Span dateline = body == null ? null : Sgml.element(text, "DATELINE", body.start(), body.end());
        String headline = title == null ? null : StoryBody.oneLine(Sgml.resolve(text.substring(title.start(),
                title.end())));
        String bodyText = body == null ? "" : bodyText(text, body, title, dateline);
        StoryBody story = StoryBody.of(ReutersText.paragraphs(TextNormaliser.normalise(bodyText)), false);
        if (headline == null && !story.text().isEmpty()) {
            headline = Headlines.shorten(story.text().lines().findFirst().orElse(""), Headlines.MAX_LENGTH);
        }
        if (headline == null && story.text().isEmpty()) {
            result.skip(position, "Reuters-21578 entry NEWID " + newId + " has no text");
            return;
        }
        Sgml.Span date = Sgml.element(text, "DATE", start, end);
        Instant created = date == null ? null : ReutersDates.parse(text.substring(date.start(), date.end()));
        String place = dateline == null ? null : StoryBody.oneLine(Sgml.resolve(text.substring(dateline.start(),
                dateline.end())));
        RawStory.Builder fields = RawStory.newBuilder()
                .setId(ID_PREFIX + newId)
                .setAgency(Agencies.REUTERS)
                .setHeadline(headline)
                .setDateline(place == null ? null : stripDash(place))
                .setBody(story.text())
                .setLanguage("en")
                .setFirstCreated(created)
                .setVersionCreated(created)
                .setSubjects(Sgml.values(text, Sgml.element(text, "TOPICS", start, end)))
                .setPlaces(Sgml.values(text, Sgml.element(text, "PLACES", start, end)));
        result.story(StoryAssembler.assemble(fields, format(), input, position, PARSER_VERSION, context));
    }

    /** BODY's text; without a BODY, the text after TITLE and DATELINE (BRIEF), or all of TEXT (UNPROC). */
    private static String bodyText(String text, Sgml.Span body, Sgml.Span title, Sgml.Span dateline) {
        Sgml.Span content = Sgml.element(text, "BODY", body.start(), body.end());
        if (content != null) {
            return Sgml.resolve(text.substring(content.start(), content.end()));
        }
        int from = body.start();
        for (Sgml.Span span : new Sgml.Span[] {title, dateline}) {
            if (span != null) {
                int close = text.indexOf('>', span.end());
                from = Math.max(from, close < 0 ? span.end() : close + 1);
            }
        }
        return Sgml.resolve(text.substring(Math.min(from, body.end()), body.end()));
    }

    private static String stripDash(String dateline) {
        String stripped = dateline.strip();
        while (stripped.endsWith("-")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
