package io.dateline.ingest.fuzz;

import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.reuters.ReutersSgmlFormat;

/** Fuzz target: the Reuters-21578 SGML parser ({@link ParserFuzzTarget}). */
class ReutersSgmlFuzzTest extends ParserFuzzTarget {

    @Override
    WireFormat format() {
        return new ReutersSgmlFormat();
    }

    @Override
    String corpus() {
        return "reuters";
    }
}
