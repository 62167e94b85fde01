package io.dateline.ingest;

import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.plain.PlainTextFormat;
import java.util.List;

/**
 * The wire formats ingest reads, in one place: plain text so far. IPTC ninjs, NewsML-G2 and Reuters-21578 SGML are
 * detected (and reported as unsupported) until their {@link WireFormat} is added here.
 */
public final class WireFormats {

    private WireFormats() {
    }

    /** Every implemented format. */
    public static List<WireFormat> all() {
        return List.of(new PlainTextFormat());
    }

    /** A parser for every implemented format. */
    public static StoryParser parser(ParseContext context) {
        return new StoryParser(context, all());
    }
}
