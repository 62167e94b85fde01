package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;

/**
 * One wire format: input bytes -> the stories it holds, as {@code RawStory}, plus what it skipped and why it could not
 * read the rest. Implementations are stateless and thread-safe; {@link StoryParser} chooses one per input with the
 * {@link FormatDetector}. Parsing reports trouble in the {@link ParseResult}; an exception means a bug.
 */
public interface WireFormat {

    /** The format it reads; {@link FormatDetector} names the same constant for matching content. */
    InputFormat format();

    /** Name and version of this parser, recorded in each story's provenance, e.g. {@code plain-text/1}. */
    String parserVersion();

    /** Reads every story of {@code input}. */
    ParseResult parse(WireInput input, ParseContext context);
}
