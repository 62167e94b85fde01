package io.dateline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.ingest.plain.PlainTextFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryParserTest {

    private static final ParseContext CONTEXT =
            new ParseContext(Clock.fixed(Instant.parse("2026-01-16T00:00:00Z"), ZoneOffset.UTC), "host");

    private final StoryParser parser = new StoryParser(CONTEXT, List.of(new PlainTextFormat()));

    private ParseResult parse(byte[] content) {
        return parser.parse(new WireInput("file", "in/x", content));
    }

    private ParseResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadPlainText() {
        ParseResult result = parse("Ships left port.\n");

        assertThat(result.format()).isEqualTo(InputFormat.PLAIN_TEXT);
        assertThat(result.stories()).hasSize(1);
        assertThat(result.ok()).isTrue();
    }

    @Test
    void shouldReportEmptyFileInsteadOfThrowing() {
        ParseResult result = parse(new byte[0]);

        assertThat(result.stories()).isEmpty();
        assertThat(result.problems()).singleElement().hasToString("in/x: empty file, no story");
    }

    @Test
    void shouldReportWhitespaceFile() {
        assertThat(parse("  \n\n ").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo("only whitespace, no story"));
    }

    @Test
    void shouldReportBinaryFile() {
        assertThat(parse(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0x08, 0}).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("binary"));
    }

    @Test
    void shouldReportJsonAsUnsupportedInsteadOfReadingItAsText() {
        ParseResult result = parse("{\"uri\": \"urn:x\", \"headline\": \"Ships left\"}");

        assertThat(result.stories()).isEmpty();
        assertThat(result.format()).isEqualTo(InputFormat.NINJS);
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
                .startsWith("unsupported format: JSON (IPTC ninjs)").contains("PLAIN_TEXT"));
    }

    @Test
    void shouldReportXmlAsUnsupportedInsteadOfReadingItAsText() {
        ParseResult result = parse("<?xml version=\"1.0\"?><newsItem guid=\"x\"><headline>Ships</headline></newsItem>");

        assertThat(result.stories()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
                .startsWith("unsupported format: NewsML-G2 XML"));
    }

    @Test
    void shouldReportSgmlAsUnsupported() {
        assertThat(parse("<REUTERS NEWID=\"1\"><TEXT>Ships</TEXT></REUTERS>").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("unsupported format: Reuters-21578"));
    }

    @Test
    void shouldTurnParserFailureIntoProblem() {
        WireFormat broken = new WireFormat() {
            @Override
            public InputFormat format() {
                return InputFormat.PLAIN_TEXT;
            }

            @Override
            public String parserVersion() {
                return "broken/0";
            }

            @Override
            public ParseResult parse(WireInput input, ParseContext context) {
                throw new IllegalStateException("bug");
            }
        };

        ParseResult result = new StoryParser(CONTEXT, List.of(broken)).parse(
                new WireInput("file", "in/x", "Ships left.".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason())
                        .contains("cannot read as plain text").contains("bug"));
    }
}
