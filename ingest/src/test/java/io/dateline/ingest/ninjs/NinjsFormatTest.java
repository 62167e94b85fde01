package io.dateline.ingest.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.parse.Rejection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NinjsFormatTest {

    private static RawStory onlyStory(String json) {
        ParseResult result = Parsing.parse(json);
        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).isEqualTo(InputFormat.NINJS);
        assertThat(result.stories()).hasSize(1);
        return result.stories().get(0);
    }

    @Test
    void shouldReadNinjs3WithCamelCaseNamesAndHtmlBody() {
        RawStory story = onlyStory("""
                {"uri": "urn:test:harbour-1", "type": "text", "version": "3", "pubStatus": "usable",
                 "versionCreated": "2026-01-12T10:00:00+01:00", "firstCreated": "2026-01-12T08:00:00Z",
                 "language": "en", "urgency": 3, "copyrightHolder": "Agence France-Presse",
                 "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Harbour  reopens"}],
                 "bodies": [{"contentType": "text/plain", "value": "plain copy"},
                            {"contentType": "text/html", "value": "<p>VALLETTA, Jan 12, 2026 (AFP) - The harbour reopened.</p><p>Ships &amp; ferries left.</p>"}],
                 "subjects": [{"name": "transport", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000682"}],
                 "places": [{"name": "Malta"}], "located": "Valletta", "by": "Ann Example"}
                """);

        assertThat(story.getId()).isEqualTo("urn:test:harbour-1");
        assertThat(story.getVersion()).isEqualTo(3L);
        assertThat(story.getHeadline()).isEqualTo("Harbour reopens");
        assertThat(story.getDateline()).isEqualTo("VALLETTA, Jan 12, 2026 (AFP)");
        assertThat(story.getBody()).isEqualTo("The harbour reopened.\n\nShips & ferries left.");
        assertThat(story.getAgency()).isEqualTo("AFP");
        assertThat(story.getByline()).isEqualTo("Ann Example");
        assertThat(story.getUrgency()).isEqualTo(3);
        assertThat(story.getVersionCreated()).isEqualTo(Instant.parse("2026-01-12T09:00:00Z"));
        assertThat(story.getSubjects()).containsExactly("transport");
        assertThat(story.getPlaces()).containsExactly("Valletta", "Malta");
    }

    @Test
    void shouldReadNinjs2LowerCaseAndNinjs1SingularNames() {
        RawStory v2 = onlyStory("""
                {"uri": "urn:v2", "version": "12", "versioncreated": "2026-01-12T10:00:00Z", "pubstatus": "withheld",
                 "headlines": [{"value": "Two"}], "bodies": [{"contenttype": "text/plain", "value": "Line one\\nstill one.\\n\\nPara two."}]}
                """);
        RawStory v1 = onlyStory("""
                {"uri": "urn:v1", "type": "text", "versioncreated": "2026-01-12T10:00:00Z", "headline": "One",
                 "byline": "B. Writer", "body_text": "Only paragraph.", "subject": [{"name": "economy"}]}
                """);

        assertThat(v2.getVersion()).isEqualTo(12L);
        assertThat(v2.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(v2.getBody()).isEqualTo("Line one still one.\n\nPara two.");
        assertThat(v1.getHeadline()).isEqualTo("One");
        assertThat(v1.getByline()).isEqualTo("B. Writer");
        assertThat(v1.getVersion()).isEqualTo(1L);
        assertThat(v1.getSubjects()).containsExactly("economy");
    }

    @Test
    void shouldPublishACanceledItemWithoutTextAsAKill() {
        RawStory kill = onlyStory("{\"uri\": \"urn:k\", \"version\": \"4\", \"pubStatus\": \"canceled\"}");

        assertThat(kill.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(kill.getVersion()).isEqualTo(4L);
        assertThat(kill.getBody()).isEmpty();
    }

    @Test
    void shouldSkipAPictureAndAnItemWithoutTextNotRejectThem() {
        ParseResult result = Parsing.parse("""
                [{"uri": "urn:pic", "type": "picture", "headlines": [{"value": "A photo"}]},
                 {"uri": "urn:empty", "type": "text"},
                 {"uri": "urn:story", "headlines": [{"value": "Story"}], "bodies": [{"value": "Text."}]}]
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.stories()).extracting(RawStory::getId).containsExactly("urn:story");
        assertThat(result.skipped()).extracting(skipped -> skipped.reason())
                .containsExactly("a ninjs picture item, not a text story",
                        "a ninjs item without headline or body text, not a story");
    }

    @Test
    void shouldRejectItemsAgainstTheStandardWithPreciseReasons() {
        assertThat(Parsing.parse("{\"uri\": \"urn:x\", \"urgency\": 0.5}").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("urgency 0.5 is not a whole number from 1 to 9"));
        assertThat(Parsing.parse("{\"uri\": \"urn:x\", \"colour\": \"red\"}").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("colour: unknown property"));
        assertThat(Parsing.parse("{\"headlines\": [{\"value\": \"No uri\"}]}").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Rejection.INVALID);
                    assertThat(p.reason()).contains("uri is required");
                });
        assertThat(Parsing.parse("{\"uri\": \"urn:x\", \"versionCreated\": \"yesterday\"}").problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("not an ISO-8601 date-time"));
    }

    @Test
    void shouldRejectBrokenJsonAsMalformedWithItsPosition() {
        ParseResult result = Parsing.parse("{\"uri\": \"urn:x\",\n \"headline\": }");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Rejection.MALFORMED);
            assertThat(p.reason()).startsWith("not well-formed JSON").contains("line 2");
        });
    }

    @Test
    void shouldRejectDeeplyNestedJsonQuickly() {
        String deep = "{\"uri\": \"urn:x\", \"altIds\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        assertThat(Parsing.parse(deep).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Rejection.MALFORMED));
    }
}
