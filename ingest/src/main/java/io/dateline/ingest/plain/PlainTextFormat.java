package io.dateline.ingest.plain;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.StoryAssembler;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.text.Dateline;
import io.dateline.ingest.text.Datelines;
import io.dateline.ingest.text.Headlines;
import io.dateline.ingest.text.TextDecoder;
import io.dateline.ingest.text.TextNormaliser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plain wire text, one story per input -> a {@code RawStory}. The text is decoded and normalised
 * ({@link TextNormaliser}); the agency trailer is removed ({@link Trailers}); the headline line and the paragraphs are
 * found ({@link PlainTextLayout}); a dateline opening the first paragraph is taken out of the body
 * ({@link Datelines}). The agency is the dateline's, else the trailer's; the headline is the headline line, else taken
 * from the lead ({@link Headlines}); a full date in the dateline sets firstCreated and versionCreated. Paragraphs are
 * joined with a blank line; their text is kept as written (glued sentences stay glued). Plain text carries no
 * metadata: language is "en" (the agencies' English services), urgency is unknown, the id is derived from the body.
 */
public final class PlainTextFormat implements WireFormat {

    public static final String PARSER_VERSION = "plain-text/1";
    static final String LANGUAGE = "en";

    @Override
    public InputFormat format() {
        return InputFormat.PLAIN_TEXT;
    }

    @Override
    public String parserVersion() {
        return PARSER_VERSION;
    }

    @Override
    public ParseResult parse(WireInput input, ParseContext context) {
        String text = TextNormaliser.normalise(TextDecoder.decode(input.content()).text());
        if (text.isBlank()) {
            return ParseResult.problem(input.origin(), format(), Rejection.EMPTY, "only whitespace, no story");
        }
        List<String> lines = Arrays.asList(text.strip().split("\n", -1));
        Optional<String> notCopy = NotWireCopy.reason(input.origin(), lines);
        if (notCopy.isPresent()) {
            return ParseResult.builder(input.origin(), format()).skip(0, notCopy.get()).build();
        }
        Trailers.Stripped stripped = Trailers.strip(lines);
        PlainTextLayout.Layout layout = PlainTextLayout.of(stripped.lines());
        List<String> paragraphs = new ArrayList<>(layout.paragraphs());
        Optional<Dateline> dateline = paragraphs.isEmpty() ? Optional.empty() : Datelines.parse(paragraphs.get(0));
        dateline.ifPresent(d -> {
            if (d.rest().isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, d.rest());
            }
        });
        if (paragraphs.isEmpty()) {
            return ParseResult.problem(input.origin(), format(), Rejection.NO_STORY, "no body text"
                    + (layout.headline() == null ? "" : " under the headline '" + layout.headline() + "'"));
        }
        String body = String.join("\n\n", paragraphs);
        String headline = layout.headline() != null ? layout.headline() : Headlines.fromLead(paragraphs.get(0));
        String agency = dateline.map(Dateline::agency).orElse(stripped.agency());
        RawStory.Builder fields = RawStory.newBuilder()
                .setAgency(agency)
                .setHeadline(headline)
                .setDateline(dateline.map(Dateline::text).orElse(null))
                .setBody(body)
                .setLanguage(LANGUAGE)
                .setUrgency(null)
                .setFirstCreated(dateline.map(Dateline::date).orElse(null))
                .setVersionCreated(dateline.map(Dateline::date).orElse(null));
        RawStory story = StoryAssembler.assemble(fields, format(), input, 0, PARSER_VERSION, context);
        return ParseResult.story(input.origin(), format(), story);
    }
}
