package io.dateline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    private Detection detect(String text) {
        return detector.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCallEmptyContentNoStory() {
        assertThat(detector.detect(new byte[0]))
                .isEqualTo(new Detection(InputFormat.UNKNOWN, "empty file, no story", Rejection.EMPTY));
    }

    @Test
    void shouldCallWhitespaceNoStory() {
        assertThat(detect(" \r\n\t \n").description()).isEqualTo("only whitespace, no story");
    }

    @Test
    void shouldCallBytesWithNulBinary() {
        Detection detection = detector.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertThat(detection.format()).isEqualTo(InputFormat.UNKNOWN);
        assertThat(detection.description()).contains("binary");
    }

    @Test
    void shouldCallManyControlBytesBinary() {
        assertThat(detector.detect(new byte[] {1, 2, 3, 'a', 'b', 4, 5, 6, 7, 8}).description()).contains("binary");
    }

    @Test
    void shouldRecogniseJsonAsNinjs() {
        assertThat(detect("\n  {\"uri\": \"urn:x\", \"type\": \"text\"}").format()).isEqualTo(InputFormat.NINJS);
        assertThat(detect("[{\"uri\": \"urn:x\"}]").format()).isEqualTo(InputFormat.NINJS);
    }

    @Test
    void shouldNotMistakeMarkdownLinkOrBracketedProseForJson() {
        assertThat(detect("[![badge](https://example.org/b.svg)](https://example.org)\nText").format())
                .isEqualTo(InputFormat.PLAIN_TEXT);
        assertThat(detect("{Corrects spelling of name} Ships left port.").format()).isEqualTo(InputFormat.PLAIN_TEXT);
    }

    @Test
    void shouldRecogniseNewsMlG2() {
        assertThat(detect("<?xml version=\"1.0\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">")
                .format()).isEqualTo(InputFormat.NEWSML_G2);
    }

    @Test
    void shouldRecogniseReutersSgml() {
        assertThat(detect("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\">").format())
                .isEqualTo(InputFormat.REUTERS_SGML);
    }

    @Test
    void shouldRecogniseNewsMlG2FragmentsByTheirRootOrNamespace() {
        assertThat(detect("<contentSet>\n<inlineXML/></contentSet>").format()).isEqualTo(InputFormat.NEWSML_G2);
        assertThat(detect("<item xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>").format())
                .isEqualTo(InputFormat.NEWSML_G2);
    }

    @Test
    void shouldRefuseMarkupDeclaringEntitiesAsUnsafe() {
        Detection detection = detect("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<lolz>&lol;</lolz>");

        assertThat(detection.format()).isEqualTo(InputFormat.UNKNOWN);
        assertThat(detection.rejection()).isEqualTo(Rejection.UNSAFE);
        assertThat(detection.description()).contains("DTD");
    }

    @Test
    void shouldCallOtherMarkupUnknown() {
        Detection detection = detect("<html><body>Ships left.</body></html>");

        assertThat(detection.format()).isEqualTo(InputFormat.UNKNOWN);
        assertThat(detection.description()).contains("markup");
    }

    @Test
    void shouldCallProseWithByteOrderMarkPlainText() {
        assertThat(detector.detect("\uFEFFShips left port.".getBytes(StandardCharsets.UTF_8)).format())
                .isEqualTo(InputFormat.PLAIN_TEXT);
        assertThat(detector.detect("\uFEFFShips left port.".getBytes(StandardCharsets.UTF_16)).format())
                .isEqualTo(InputFormat.PLAIN_TEXT);
    }
}
