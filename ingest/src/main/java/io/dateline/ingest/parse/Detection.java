package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import java.util.Objects;

/**
 * What {@link FormatDetector} made of some content: a wire format with a human name, or UNKNOWN with the kind of
 * rejection and the reason it holds no story we could read (empty, binary, unsafe, markup of another vocabulary).
 *
 * @param format      the format, UNKNOWN when none applies
 * @param description e.g. "plain text", "JSON (IPTC ninjs)", or the reason for UNKNOWN
 * @param rejection   why an UNKNOWN input is refused; null for a wire format
 */
public record Detection(InputFormat format, String description, Rejection rejection) {

    public Detection {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(description, "description");
    }

    /** A wire format. */
    public Detection(InputFormat format, String description) {
        this(format, description, null);
    }

    static Detection unknown(Rejection rejection, String reason) {
        return new Detection(InputFormat.UNKNOWN, reason, rejection);
    }

    /** Whether the content is in a wire format at all (supported or not). */
    public boolean isWireFormat() {
        return format != InputFormat.UNKNOWN;
    }
}
