package io.dateline.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersSgmlTest {

    private static final String SGML = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>cocoa</D></TOPICS>
            <PLACES><D>el-salvador</D><D>usa</D></PLACES>
            <PEOPLE><D>james-baker</D></PEOPLE>
            <TEXT>&#2;
            <TITLE>BAKER SAYS &lt;ACME&gt; FINE</TITLE>
            <DATELINE>    WASHINGTON, Feb 26 - </DATELINE><BODY>Treasury Secretary James Baker said
            the outlook was fine.
                He added that &lt;Acme Corp&gt; agreed.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="8">
            <DATE>garbled</DATE>
            <PLACES></PLACES><PEOPLE></PEOPLE>
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>SHORT ONE</TITLE>
            </TEXT>
            </REUTERS>
            """;

    @Test
    void shouldReadTheStoriesWithTheirGoldTags() {
        List<ReutersStory> stories = ReutersSgml.parse(SGML);

        assertThat(stories).hasSize(2);
        ReutersStory first = stories.get(0);
        assertThat(first.newid()).isEqualTo(7);
        assertThat(first.places()).containsExactly("el-salvador", "usa");
        assertThat(first.people()).containsExactly("james-baker");
        assertThat(first.story().getId()).isEqualTo("reuters-7");
        assertThat(first.story().getHeadline()).isEqualTo("BAKER SAYS <ACME> FINE");
        assertThat(first.story().getDateline()).isEqualTo("WASHINGTON, Feb 26 -");
        assertThat(first.story().getVersionCreated()).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
    }

    @Test
    void shouldTurnIndentedWireParagraphsIntoBlankLineParagraphsAndDropControlCharacters() {
        String body = ReutersSgml.parse(SGML).get(0).story().getBody();

        assertThat(body).isEqualTo("Treasury Secretary James Baker said\nthe outlook was fine.\n\n"
                + "He added that <Acme Corp> agreed.\n\nReuter");
    }

    @Test
    void shouldKeepAStoryWithoutBodyOrDate() {
        ReutersStory brief = ReutersSgml.parse(SGML).get(1);

        assertThat(brief.story().getHeadline()).isEqualTo("SHORT ONE");
        assertThat(brief.story().getBody()).isEmpty();
        assertThat(brief.story().getVersionCreated()).isNull();
        assertThat(brief.places()).isEmpty();
    }
}
