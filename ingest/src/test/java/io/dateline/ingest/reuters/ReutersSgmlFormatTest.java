package io.dateline.ingest.reuters;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.Parsing;
import io.dateline.ingest.parse.Rejection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReutersSgmlFormatTest {

    /** Our own entries in the corpus' shape: a Latin-1 byte, control references, an unescaped '>', junk dates. */
    private static byte[] corpus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
                + "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" NEWID=\"42\">\n"
                + "<DATE> 3-MAR-1987  09:15:05.40</DATE>\n<TOPICS><D>grain</D><D>wheat</D></TOPICS>\n"
                + "<PLACES><D>usa</D><D>ussr</D></PLACES>\n<PEOPLE></PEOPLE>\n"
                + "<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f0123&#31;reute\nu f BC-GRAIN   03-03 0099</UNKNOWN>\n"
                + "<TEXT>&#2;\n<TITLE>U.S. WHEAT SALES &lt;UP&gt; TO MOSCOW</TITLE>\n"
                + "<DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>Wheat sales rose > 10 pct, the\n"
                + "department said in M").getBytes(StandardCharsets.US_ASCII));
        out.write(0xFC);
        out.writeBytes(("nchen.\n    A second paragraph follows\nover two lines.\n Reuter\n&#3;</BODY></TEXT>\n"
                + "</REUTERS>\n"
                + "<REUTERS NEWID=\"43\">\n<DATE>31-MAR-1987 605:12:19.12</DATE>\n"
                + "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>ASSETS ROSE IN LATEST WEEK\n</TITLE>Blah blah blah.\n&#3;\n"
                + "</TEXT>\n</REUTERS>\n"
                + "<REUTERS NEWID=\"44\">\n<DATE>1-APR-1987 10:00:00.00</DATE>\n"
                + "<TEXT TYPE=\"UNPROC\">&#2;\nWEEKLY REPORT - APRIL 1\n    Reserves....644 vs.....1,337\n"
                + " Reuter\n&#3;</TEXT>\n</REUTERS>\n"
                + "<REUTERS OLDID=\"1\">\n<TEXT><TITLE>NO ID</TITLE><BODY>Text.</BODY></TEXT>\n</REUTERS>\n")
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void shouldReadEveryEntryWithItsNewIdAndCleanText() {
        ParseResult result = Parsing.parse(corpus());

        assertThat(result.format()).isEqualTo(InputFormat.REUTERS_SGML);
        assertThat(result.stories()).extracting(RawStory::getId)
                .containsExactly("reuters21578:42", "reuters21578:43", "reuters21578:44");
        RawStory first = result.stories().get(0);
        assertThat(first.getHeadline()).isEqualTo("U.S. WHEAT SALES <UP> TO MOSCOW");
        assertThat(first.getDateline()).isEqualTo("WASHINGTON, March 3");
        assertThat(first.getBody()).isEqualTo("Wheat sales rose > 10 pct, the department said in M\u00fcnchen.\n\n"
                + "A second paragraph follows over two lines.");
        assertThat(first.getAgency()).isEqualTo("Reuters");
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getSubjects()).containsExactly("grain", "wheat");
        assertThat(first.getPlaces()).containsExactly("usa", "ussr");
        assertThat(first.getVersionCreated()).isEqualTo(Instant.parse("1987-03-03T09:15:05.400Z"));
        assertThat(first.getVersion()).isEqualTo(1L);
    }

    @Test
    void shouldReadBriefAndUnprocessedEntriesAndIgnoreJunkDates() {
        ParseResult result = Parsing.parse(corpus());

        RawStory brief = result.stories().get(1);
        assertThat(brief.getHeadline()).isEqualTo("ASSETS ROSE IN LATEST WEEK");
        assertThat(brief.getBody()).isEqualTo("Blah blah blah.");
        assertThat(brief.getVersionCreated()).isNull();
        RawStory unprocessed = result.stories().get(2);
        assertThat(unprocessed.getHeadline()).isEqualTo("WEEKLY REPORT - APRIL 1");
        assertThat(unprocessed.getBody()).doesNotContain("Reuter").doesNotContain("\u0002");
    }

    @Test
    void shouldReportAnEntryWithoutNewIdAndKeepTheOthers() {
        ParseResult result = Parsing.parse(corpus());

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(3);
            assertThat(problem.kind()).isEqualTo(Rejection.INVALID);
            assertThat(problem.reason()).contains("no numeric NEWID");
        });
    }

    @Test
    void shouldReportAnUnclosedEntryAsMalformed() {
        ParseResult result = Parsing.parse("<REUTERS NEWID=\"1\"><TEXT><TITLE>T</TITLE><BODY>cut off");

        assertThat(result.stories()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.kind()).isEqualTo(Rejection.MALFORMED));
    }
}
