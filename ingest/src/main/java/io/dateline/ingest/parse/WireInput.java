package io.dateline.ingest.parse;

import java.util.Objects;

/**
 * One input as it arrived, before any parsing: its bytes, where it came from and how it was delivered.
 *
 * @param channel delivery path, recorded in the provenance: file, watch, http, backfill, stdin
 * @param origin  the input's name: a file path, a request id, or '-' for stdin
 * @param content the bytes exactly as received; never changed by parsing
 */
public record WireInput(String channel, String origin, byte[] content) {

    /** Channel of inputs read from files named on the command line or in the configuration. */
    public static final String FILE_CHANNEL = "file";

    public WireInput {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "WireInput[" + channel + " " + origin + ", " + content.length + " bytes]";
    }
}
