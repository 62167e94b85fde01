package io.dateline.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of wire text -> a String. A byte order mark decides (UTF-8, UTF-16BE, UTF-16LE) and is dropped; without one
 * the bytes are read as UTF-8 when they are valid UTF-8, else as windows-1252, the usual legacy encoding of wire copy
 * (a superset of ISO-8859-1 for printable characters).
 */
public final class TextDecoder {

    /** windows-1252, which every JDK ships. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param text    the decoded text, without byte order mark
     * @param charset the encoding it was read with
     */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    /** All of {@code bytes} as text. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }

    /** The first {@code length} bytes as text. */
    public static Decoded decode(byte[] bytes, int length) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return strictOrLegacy(bytes, 3, length - 3);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        return strictOrLegacy(bytes, 0, length);
    }

    private static Decoded strictOrLegacy(byte[] bytes, int offset, int length) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, length, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
