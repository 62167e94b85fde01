package io.dateline.ingest.fuzz;

import io.dateline.ingest.parse.WireFormat;
import io.dateline.ingest.plain.PlainTextFormat;

/** Fuzz target: the plain wire-text parser ({@link ParserFuzzTarget}). */
class PlainTextFuzzTest extends ParserFuzzTarget {

    @Override
    WireFormat format() {
        return new PlainTextFormat();
    }

    @Override
    String corpus() {
        return "plain";
    }
}
