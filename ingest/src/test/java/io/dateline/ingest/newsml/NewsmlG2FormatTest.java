package io.dateline.ingest.newsml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.parse.Rejection;
import io.dateline.ingest.parse.WireInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsmlG2FormatTest {

    private static final String NAR = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";

    static String newsItem(String guid, String version, String status, String extraMeta, String body) {
        return "<newsItem " + NAR + " guid=\"" + guid + "\" version=\"" + version + "\" standard=\"NewsML-G2\""
                + " standardversion=\"2.35\" xml:lang=\"en-GB\">\n"
                + "  <catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml\"/>\n"
                + "  <itemMeta><itemClass qcode=\"ninat:text\"/><provider qcode=\"nprov:AFP\"/>\n"
                + "    <versionCreated>2026-01-12T10:00:00+01:00\n    </versionCreated>\n"
                + "    <pubStatus qcode=\"stat:" + status + "\"/>" + extraMeta + "</itemMeta>\n"
                + "  <contentMeta><located qcode=\"city:Valletta\"><name>Valletta</name>"
                + "<broader qcode=\"cntry:Malta\"><name>Malta</name></broader></located>\n"
                + "    <subject qcode=\"medtop:20000682\"><name>transport</name></subject>\n"
                + "    <subject qcode=\"medtop:04000000\"/>\n"
                + "    <headline> Harbour\n reopens </headline></contentMeta>\n"
                + body + "</newsItem>\n";
    }

    static String nitf(String paragraphs) {
        return "  <contentSet><inlineXML contenttype=\"application/nitf+xml\">"
                + "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.head><hedline><hl1>Head</hl1>"
                + "</hedline></body.head><body.content>" + paragraphs + "</body.content></body></nitf>"
                + "</inlineXML></contentSet>\n";
    }

    @Test
    void shouldReadANewsItemWithItsMetadataAndNitfBodyParagraphs() {
        ParseResult result = Parsing.parse(newsItem("urn:test:1", "7", "usable",
                "<signal qcode=\"sig:update\"/><signal qcode=\"sig:correction\"/>",
                nitf("<p>VALLETTA, Jan 12, 2026 (AFP) - The harbour\n   reopened.</p><p>Ships &amp; ferries <b>left</b>.</p>")));

        assertThat(result.problems()).isEmpty();
        RawStory story = result.stories().get(0);
        assertThat(story.getFormat()).isEqualTo(InputFormat.NEWSML_G2);
        assertThat(story.getId()).isEqualTo("urn:test:1");
        assertThat(story.getVersion()).isEqualTo(7L);
        assertThat(story.getHeadline()).isEqualTo("Harbour reopens");
        assertThat(story.getDateline()).isEqualTo("VALLETTA, Jan 12, 2026 (AFP)");
        assertThat(story.getBody()).isEqualTo("The harbour reopened.\n\nShips & ferries left.");
        assertThat(story.getAgency()).isEqualTo("AFP");
        assertThat(story.getLanguage()).isEqualTo("en-GB");
        assertThat(story.getVersionCreated()).isEqualTo(Instant.parse("2026-01-12T09:00:00Z"));
        assertThat(story.getSignals()).containsExactly("sig:update", "sig:correction");
        assertThat(story.getSubjects()).containsExactly("transport", "medtop:04000000");
        assertThat(story.getPlaces()).containsExactly("Valletta", "Malta");
    }

    @Test
    void shouldPublishACanceledItemAsAKillAndCarryWithheld() {
        ParseResult kill = Parsing.parse(newsItem("urn:test:1", "8", "canceled", "", ""));
        ParseResult withheld = Parsing.parse(newsItem("urn:test:1", "9", "withheld", "", nitf("<p>Text.</p>")));

        assertThat(kill.stories()).singleElement().satisfies(story -> {
            assertThat(story.getPubStatus()).isEqualTo(PubStatus.CANCELED);
            assertThat(story.getVersion()).isEqualTo(8L);
        });
        assertThat(withheld.stories()).singleElement()
                .satisfies(story -> assertThat(story.getPubStatus()).isEqualTo(PubStatus.WITHHELD));
    }

    @Test
    void shouldReadEveryItemOfANewsMessageAndSkipWhatIsNoStory() {
        String message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage " + NAR + "><header>"
                + "<sent>2026-01-12T10:00:00Z</sent></header><itemSet>\n"
                + newsItem("urn:a", "1", "usable", "", nitf("<p>One.</p>")).replace(" " + NAR, "")
                + "<conceptItem guid=\"urn:c\" standard=\"NewsML-G2\" standardversion=\"2.35\">"
                + "<catalogRef href=\"x\"/><itemMeta><itemClass qcode=\"cinat:concept\"/><provider qcode=\"p:x\"/>"
                + "<versionCreated>2026-01-12T10:00:00Z</versionCreated></itemMeta></conceptItem>\n"
                + newsItem("urn:b", "2", "usable", "", nitf("<p>Two.</p>")).replace(" " + NAR, "")
                + "</itemSet></newsMessage>";

        ParseResult result = Parsing.parse(message);

        assertThat(result.problems()).isEmpty();
        assertThat(result.stories()).extracting(RawStory::getId).containsExactly("urn:a", "urn:b");
        assertThat(result.stories()).extracting(story -> story.getProvenance().getPosition()).containsExactly(0, 2);
        assertThat(result.skipped()).singleElement()
                .satisfies(skipped -> assertThat(skipped.reason()).isEqualTo("a NewsML-G2 conceptItem, not a story"));
    }

    @Test
    void shouldRejectAnItemWithoutCatalogOrItemMetaWithTheReason() {
        String noCatalog = newsItem("urn:x", "1", "usable", "", nitf("<p>Text.</p>"))
                .replaceAll("<catalogRef[^>]*/>", "");

        assertThat(Parsing.parse(noCatalog).problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Rejection.INVALID);
            assertThat(p.reason()).contains("names no catalogRef or catalog");
        });
        assertThat(Parsing.parse("<newsItem " + NAR + " guid=\"g\"></newsItem>").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no itemMeta"));
    }

    /** Refused at the DOCTYPE, before any entity is declared, read or expanded: quick by construction. */
    @Test
    void shouldRejectAnXxeFileQuicklyWithoutReadingTheEntity() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + newsItem("urn:x", "1", "usable", "", nitf("<p>&xxe;</p>"));

        ParseResult viaDetector = Parsing.parse(xxe);
        ParseResult direct = new NewsmlG2Format().parse(new WireInput("test", "xxe.xml",
                xxe.getBytes(StandardCharsets.UTF_8)), Parsing.CONTEXT);

        for (ParseResult result : new ParseResult[] {viaDetector, direct}) {
            assertThat(result.stories()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Rejection.UNSAFE);
                assertThat(p.reason()).contains("DTD").doesNotContain("root:");
            });
        }
    }

    /** Refused at the DOCTYPE, so nothing is expanded (an expansion would fail on the JDK's limit instead). */
    @Test
    void shouldRejectABillionLaughsFileQuicklyWithoutExpandingIt() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        String bomb = dtd + "]>\n" + newsItem("urn:x", "1", "usable", "", nitf("<p>&lol9;</p>"));

        ParseResult viaDetector = Parsing.parse(bomb);
        ParseResult direct = new NewsmlG2Format().parse(new WireInput("test", "bomb.xml",
                bomb.getBytes(StandardCharsets.UTF_8)), Parsing.CONTEXT);

        assertThat(viaDetector.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Rejection.UNSAFE));
        assertThat(direct.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Rejection.UNSAFE);
            assertThat(p.reason()).contains("DTD");
        });
    }

    @Test
    void shouldReadAFragmentWithADerivedId() {
        ParseResult result = Parsing.parse("<contentSet><inlineXML contenttype=\"application/nitf+xml\">"
                + "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.head><hedline><hl1>Head line"
                + "</hl1></hedline></body.head><body.content><p>Body text.</p></body.content></body></nitf>"
                + "</inlineXML></contentSet>");

        assertThat(result.stories()).singleElement().satisfies(story -> {
            assertThat(story.getHeadline()).isEqualTo("Head line");
            assertThat(story.getBody()).isEqualTo("Body text.");
            assertThat(story.getId()).startsWith("wire:");
        });
    }

    @Test
    void shouldRejectAFragmentWhoseVersionIsNoPositiveWholeNumber() {
        // found by NewsmlG2FuzzTest: a fragment skipped the item rules and kept version -1
        for (String version : new String[] {"-1", "0", "two"}) {
            ParseResult result = Parsing.parse("<contentSet version=\"" + version + "\"><inlineXML "
                    + "contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                    + "<h1>Head</h1><p>Body text.</p></body></html></inlineXML></contentSet>");

            assertThat(result.stories()).as(version).isEmpty();
            assertThat(result.problems()).as(version).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(Rejection.INVALID);
                assertThat(p.reason()).contains("version '" + version + "' is not a positive whole number");
            });
        }
    }

    @Test
    void shouldRejectBrokenXmlAsMalformed() {
        assertThat(Parsing.parse("<newsItem " + NAR + " guid=\"g\"><itemMeta>").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Rejection.MALFORMED);
                    assertThat(p.reason()).startsWith("not well-formed XML");
                });
    }
}
