package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import io.dateline.ingest.text.TextDecoder;

/**
 * Content bytes -> the wire format they are in, judged by the content alone (file names lie). Rules, in order: no bytes
 * or only whitespace is no story; a NUL byte or many control bytes is binary; JSON (an object, or an array of objects,
 * arrays or strings; not a Markdown {@code [link](url)}) is IPTC ninjs; markup naming
 * {@code <REUTERS} or {@code lewis} is Reuters-21578 SGML; other markup declaring entities or a DTD is refused as
 * unsafe (XXE, entity expansion); markup naming a NewsML-G2 item or message, the NewsML-G2 namespace, or starting
 * with a NewsML-G2 fragment ({@code <contentSet>}, {@code <contentMeta>}) is NewsML-G2; other markup is unknown;
 * anything else is plain text. Only the first {@value #SNIFF_BYTES} bytes are looked at.
 */
public final class FormatDetector {

    static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final String[] NEWSML_G2_ROOTS = {
        "<newsItem", "<newsMessage", "<packageItem", "<conceptItem", "<knowledgeItem", "<planningItem", "<catalog",
        "http://iptc.org/std/nar/2006-10-01/", "<contentSet", "<contentMeta", "<itemMeta"};

    /** The format of {@code content}. */
    public Detection detect(byte[] content) {
        int length = Math.min(content.length, SNIFF_BYTES);
        if (content.length == 0) {
            return Detection.unknown(Rejection.EMPTY, "empty file, no story");
        }
        if (isBinary(content, length)) {
            return Detection.unknown(Rejection.BINARY, "binary content, not text");
        }
        String head = TextDecoder.decode(content, length).text().strip();
        if (head.isEmpty() && isAllWhitespace(content)) {
            return Detection.unknown(Rejection.EMPTY, "only whitespace, no story");
        }
        if (looksLikeJson(head)) {
            return new Detection(InputFormat.NINJS, "JSON (IPTC ninjs)");
        }
        if (head.startsWith("<")) {
            return markup(head);
        }
        return new Detection(InputFormat.PLAIN_TEXT, "plain text");
    }

    private static boolean looksLikeJson(String head) {
        if (head.isEmpty() || head.charAt(0) != '{' && head.charAt(0) != '[') {
            return false;
        }
        String rest = head.substring(1).stripLeading();
        if (rest.isEmpty()) {
            return true;
        }
        char next = rest.charAt(0);
        return head.charAt(0) == '{' ? next == '"' || next == '}' : "{[\"]".indexOf(next) >= 0;
    }

    private static Detection markup(String head) {
        if (head.contains("<REUTERS") || head.contains("<!DOCTYPE lewis")) {
            return new Detection(InputFormat.REUTERS_SGML, "Reuters-21578 SGML");
        }
        if (head.contains("<!ENTITY") || head.contains("<!DOCTYPE")) {
            return Detection.unknown(Rejection.UNSAFE, "XML with a DTD or entity declarations is not accepted "
                    + "(external entities and entity expansion are refused)");
        }
        for (String root : NEWSML_G2_ROOTS) {
            if (head.contains(root)) {
                return new Detection(InputFormat.NEWSML_G2, "NewsML-G2 XML");
            }
        }
        return Detection.unknown(Rejection.UNKNOWN_FORMAT, "XML or SGML markup of an unknown vocabulary");
    }

    /** A NUL byte, or more than 5 % control bytes other than tab, line feed, form feed and carriage return. */
    private static boolean isBinary(byte[] content, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return !looksLikeUtf16(content);
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        return controls > length * MAX_CONTROL_SHARE;
    }

    private static boolean looksLikeUtf16(byte[] content) {
        return content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
    }

    private static boolean isAllWhitespace(byte[] content) {
        return TextDecoder.decode(content).text().replace("\uFEFF", "").isBlank();
    }
}
