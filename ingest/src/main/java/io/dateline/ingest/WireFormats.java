package io.dateline.ingest;

import io.dateline.ingest.newsml.NewsmlG2Format;
import io.dateline.ingest.ninjs.NinjsFormat;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.StoryParser;
import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.plain.PlainTextFormat;
import io.dateline.ingest.reuters.ReutersSgmlFormat;
import java.util.List;

/**
 * The wire formats ingest reads, in one place: plain wire text, IPTC ninjs (1.x-3.x), IPTC NewsML-G2 and
 * Reuters-21578 SGML. The {@link io.dateline.ingest.parse.FormatDetector} picks one per input by its content.
 */
public final class WireFormats {

    private WireFormats() {
    }

    /** Every implemented format. */
    public static List<WireFormat> all() {
        return List.of(new PlainTextFormat(), new NinjsFormat(), new NewsmlG2Format(), new ReutersSgmlFormat());
    }

    /** A parser for every implemented format. */
    public static StoryParser parser(ParseContext context) {
        return new StoryParser(context, all());
    }
}
