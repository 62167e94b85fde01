package io.dateline.ingest.fuzz;

import io.dateline.ingest.ninjs.NinjsFormat;
import io.dateline.ingest.parse.WireFormat;

/** Fuzz target: the IPTC ninjs parser ({@link ParserFuzzTarget}). */
class NinjsFuzzTest extends ParserFuzzTarget {

    @Override
    WireFormat format() {
        return new NinjsFormat();
    }

    @Override
    String corpus() {
        return "ninjs";
    }
}
