package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Any input -> its stories: the {@link FormatDetector} names the format by content, and the registered
 * {@link WireFormat} for it reads the stories. Content that is no story (empty, binary), or in a format no parser is
 * registered for, gives a {@link ParseResult} with a problem saying so; so does a parser that fails unexpectedly.
 * Never throws for bad input.
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
            return ParseResult.problem(input.origin(), InputFormat.UNKNOWN, detection.description());
        }
        WireFormat format = formats.get(detection.format());
        if (format == null) {
            return ParseResult.problem(input.origin(), detection.format(), "unsupported format: "
                    + detection.description() + " (supported: " + supportedFormats() + ")");
        }
        try {
            return format.parse(input, context);
        } catch (RuntimeException e) {
            return ParseResult.problem(input.origin(), detection.format(), "cannot read as "
                    + detection.description() + ": " + e);
        }
    }
}
