package io.dateline.ingest.parse;

import java.util.Locale;

/**
 * Why ingest refused an input or an item of it, as a short stable code for metrics and sidecar files. Every
 * {@link Problem} carries one; the documented set in docs/ingest.md is this enum.
 */
public enum Rejection {
    /** No bytes, or only whitespace. */
    EMPTY,
    /** Not text: NUL bytes or many control bytes. */
    BINARY,
    /** Text or markup in no wire format we know. */
    UNKNOWN_FORMAT,
    /** A wire format we recognise but have no parser for. */
    UNSUPPORTED_FORMAT,
    /** Not well-formed: broken JSON, XML or SGML. */
    MALFORMED,
    /** Well-formed but against the format's rules (a required element missing, a wrong value, an unknown property). */
    INVALID,
    /** Refused for safety: XML with a DTD or entity declarations. */
    UNSAFE,
    /** Over a configured size limit (file, story or field). */
    TOO_LARGE,
    /** Text without a story in it (a headline with no body, a dateline alone). */
    NO_STORY,
    /** The file could not be read. */
    UNREADABLE,
    /** A parser failed unexpectedly: a bug, reported instead of crashing. */
    INTERNAL;

    /** Lower-case code with dashes, e.g. {@code too-large}, for metrics tags and sidecar files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
