package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import java.util.Objects;

/**
 * What {@link FormatDetector} made of some content: a wire format with a human name, or UNKNOWN with the reason it
 * holds no story we could read (empty, binary, markup of another vocabulary).
 *
 * @param format      the format, UNKNOWN when none applies
 * @param description e.g. "plain text", "JSON (IPTC ninjs)", or the reason for UNKNOWN
 */
public record Detection(InputFormat format, String description) {

    public Detection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(description, "description");
    }

    static Detection unknown(String reason) {
        return new Detection(InputFormat.UNKNOWN, reason);
    }

    /** Whether the content is in a wire format at all (supported or not). */
    public boolean isWireFormat() {
        return format != InputFormat.UNKNOWN;
    }
}
