package io.dateline.ingest.parse;

import io.dateline.avro.Provenance;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What parsing needs from outside the input: the clock that stamps {@code received}, the host name recorded in the
 * provenance, and the size limits of a story. Injected so that tests get the same story every time.
 *
 * @param clock      source of {@code received}
 * @param ingestHost host name of this ingest instance
 * @param limits     story and field size limits
 */
public record ParseContext(Clock clock, String ingestHost, StoryLimits limits) {

    public ParseContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ingestHost, "ingestHost");
        Objects.requireNonNull(limits, "limits");
    }

    /** The default size limits. */
    public ParseContext(Clock clock, String ingestHost) {
        this(clock, ingestHost, StoryLimits.DEFAULTS);
    }

    /** The system clock (UTC), this machine's host name, the default limits. */
    public static ParseContext system() {
        return new ParseContext(Clock.systemUTC(), localHostName());
    }

    /** Now, to the millisecond (RawStory keeps milliseconds). */
    public Instant received() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The provenance of the story at {@code position} in {@code input}, read by {@code parserVersion}. */
    public Provenance provenance(WireInput input, int position, String parserVersion) {
        return new Provenance(input.channel(), input.origin(), position, ingestHost, parserVersion);
    }

    /** This machine's host name: $HOSTNAME, else what the resolver says, else "localhost". */
    public static String localHostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
