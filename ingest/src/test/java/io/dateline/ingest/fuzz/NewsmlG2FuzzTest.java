package io.dateline.ingest.fuzz;

import io.dateline.ingest.newsml.NewsmlG2Format;
import io.dateline.ingest.parse.WireFormat;

/** Fuzz target: the IPTC NewsML-G2 parser ({@link ParserFuzzTarget}). */
class NewsmlG2FuzzTest extends ParserFuzzTarget {

    @Override
    WireFormat format() {
        return new NewsmlG2Format();
    }

    @Override
    String corpus() {
        return "newsml";
    }
}
