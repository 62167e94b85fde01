package io.dateline.ingest.parse;

import io.dateline.ingest.text.Agencies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Story text -> the digests that identify it. For formats that carry no id of their own (plain text) the id is derived
 * from the content: {@code <agency lower case, or 'wire'>:<first 16 hex digits of SHA-256 of the normalised body>}, so
 * the same copy gets the same id on every run and every machine. The content hash covers headline and body.
 */
public final class StoryIds {

    private static final int ID_HEX_DIGITS = 16;

    private StoryIds() {
    }

    /** The content-derived id of a story by {@code agency} (null when unknown) with {@code body}. */
    public static String derivedId(String agency, String body) {
        return Agencies.idPrefix(agency) + ":" + sha256Hex(body).substring(0, ID_HEX_DIGITS);
    }

    /** SHA-256 (hex) of {@code headline + "\n\n" + body}. */
    public static String contentHash(String headline, String body) {
        return sha256Hex(headline + "\n\n" + body);
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
