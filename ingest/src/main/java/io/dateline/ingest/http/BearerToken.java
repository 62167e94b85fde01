package io.dateline.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An {@code Authorization} header -> whether it carries the configured bearer token. Compared in constant time: both
 * sides are hashed (SHA-256) and the digests compared with {@link MessageDigest#isEqual}, so neither the content nor
 * the length of the token leaks through timing. Never prints the token.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private final byte[] expected;

    BearerToken(String token) {
        this.expected = sha256(token);
    }

    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            MessageDigest.isEqual(expected, sha256(""));
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(authorization.substring(PREFIX.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[****]";
    }
}
