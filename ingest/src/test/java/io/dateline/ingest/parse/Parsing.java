package io.dateline.ingest.parse;

import io.dateline.ingest.WireFormats;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test helper: parse text or bytes with every format, a fixed clock and host. */
public final class Parsing {

    public static final ParseContext CONTEXT =
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T08:00:00Z"), ZoneOffset.UTC), "test-host");
    private static final StoryParser PARSER = WireFormats.parser(CONTEXT);

    private Parsing() {
    }

    public static ParseResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    public static ParseResult parse(byte[] bytes) {
        return PARSER.parse(new WireInput(WireInput.FILE_CHANNEL, "test-input", bytes));
    }
}
