package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Any input -> its stories: the {@link FormatDetector} names the format by content, and the registered
 * {@link WireFormat} for it reads the stories; stories over the context's {@link StoryLimits} become problems. Content
 * that is no story (empty, binary, unsafe), or in a format no parser is registered for, gives a {@link ParseResult}
 * with a problem saying so; so does a parser that fails unexpectedly ({@link Rejection#INTERNAL}). Never throws for
 * bad input.
 */
public final class StoryParser {

    private final FormatDetector detector = new FormatDetector();
    private final Map<InputFormat, WireFormat> formats = new EnumMap<>(InputFormat.class);
    private final ParseContext context;

    /** A parser for the given formats. */
    public StoryParser(ParseContext context, Collection<? extends WireFormat> wireFormats) {
        this.context = context;
        wireFormats.forEach(format -> formats.put(format.format(), format));
    }

    /** The formats it reads. */
    public Set<InputFormat> supportedFormats() {
        return Collections.unmodifiableSet(formats.keySet());
    }

    /** The stories of {@code input}, or the reason it has none. */
    public ParseResult parse(WireInput input) {
        Detection detection = detector.detect(input.content());
        if (!detection.isWireFormat()) {
            return ParseResult.problem(input.origin(), InputFormat.UNKNOWN, detection.rejection(),
                    detection.description());
        }
        WireFormat format = formats.get(detection.format());
        if (format == null) {
            return ParseResult.problem(input.origin(), detection.format(), Rejection.UNSUPPORTED_FORMAT,
                    "unsupported format: " + detection.description() + " (supported: " + supportedFormats() + ")");
        }
        ParseResult result;
        try {
            result = format.parse(input, context);
        } catch (RuntimeException | StackOverflowError e) {
            return ParseResult.problem(input.origin(), detection.format(), Rejection.INTERNAL, "cannot read as "
                    + detection.description() + ": " + e);
        }
        return withinLimits(result);
    }

    private ParseResult withinLimits(ParseResult result) {
        List<RawStory> kept = new ArrayList<>(result.stories().size());
        List<Problem> problems = new ArrayList<>(result.problems());
        for (RawStory story : result.stories()) {
            Optional<String> violation = context.limits().violation(story);
            if (violation.isPresent()) {
                int position = story.getProvenance() == null ? Problem.WHOLE_INPUT : story.getProvenance().getPosition();
                problems.add(new Problem(result.origin(), position, Rejection.TOO_LARGE, "story " + story.getId()
                        + ": " + violation.get()));
            } else {
                kept.add(story);
            }
        }
        if (problems.size() == result.problems().size()) {
            return result;
        }
        return new ParseResult(result.origin(), result.format(), kept, result.skipped(), problems);
    }
}
