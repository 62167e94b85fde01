package io.dateline.ingest.plain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.ParseContext;
import io.dateline.ingest.parse.ParseResult;
import io.dateline.ingest.parse.StoryIds;
import io.dateline.ingest.parse.WireInput;
import io.dateline.ingest.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Plain wire text in the shapes agencies send it; every fixture is made up for these tests. */
class PlainTextFormatTest {

    private static final Instant NOW = Instant.parse("2026-01-16T12:34:56.789Z");
    private static final ParseContext CONTEXT = new ParseContext(Clock.fixed(NOW, ZoneOffset.UTC), "test-host");

    private final PlainTextFormat format = new PlainTextFormat();

    private ParseResult parse(String text) {
        return format.parse(new WireInput("file", "wire/story.txt", text.getBytes(StandardCharsets.UTF_8)), CONTEXT);
    }

    private RawStory story(String text) {
        ParseResult result = parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.stories()).hasSize(1);
        return result.stories().get(0);
    }

    @Nested
    class Headline {

        @Test
        void shouldTakeHeadlineFromLeadWhenCopyHasNone() {
            RawStory story = story("""
                    Harbour officials in Valletta on Monday reopened the ferry pier after repairs.Traffic resumed.
                    The pier had been closed since a storm in March, the port authority said.
                    """);

            assertThat(story.getHeadline())
                    .isEqualTo("Harbour officials in Valletta on Monday reopened the ferry pier after repairs");
        }

        @Test
        void shouldCutLongLeadAtWordBoundaryWithEllipsis() {
            RawStory story = story("The regional council of a small northern province on Tuesday approved a long "
                    + "delayed plan to rebuild three bridges, two schools and a hospital wing damaged in last year's "
                    + "floods, officials said.\n");

            assertThat(story.getHeadline()).hasSizeLessThanOrEqualTo(120).endsWith("three bridges, two\u2026")
                    .startsWith("The regional council of a small northern province");
        }

        @Test
        void shouldNotEndLeadSentenceAtUsOrJanOrInitials() {
            RawStory story = story("The U.S. envoy J. R. Miller met officials on Jan. 14 in the port city. "
                    + "Talks went on late.\n");

            assertThat(story.getHeadline())
                    .isEqualTo("The U.S. envoy J. R. Miller met officials on Jan. 14 in the port city");
        }

        @Test
        void shouldUseHeadlineLineFollowedByBlankLine() {
            RawStory story = story("""
                    Ferry pier reopens in Valletta

                    Harbour officials on Monday reopened the old ferry pier.
                    Traffic resumed at noon.
                    """);

            assertThat(story.getHeadline()).isEqualTo("Ferry pier reopens in Valletta");
            assertThat(story.getBody()).isEqualTo("Harbour officials on Monday reopened the old ferry pier.\n\n"
                    + "Traffic resumed at noon.");
        }

        @Test
        void shouldUseHeadlineLineFollowedByDatelineParagraph() {
            RawStory story = story("""
                    Ferry pier reopens in Valletta
                    VALLETTA, Jan 12, 2026 (AFP) - Harbour officials on Monday reopened the old ferry pier.
                    """);

            assertThat(story.getHeadline()).isEqualTo("Ferry pier reopens in Valletta");
            assertThat(story.getBody()).isEqualTo("Harbour officials on Monday reopened the old ferry pier.");
        }

        @Test
        void shouldNotTakeFirstSentenceLineAsHeadline() {
            RawStory story = story("""
                    Harbour officials on Monday reopened the old ferry pier.

                    Traffic resumed at noon.
                    """);

            assertThat(story.getHeadline()).isEqualTo("Harbour officials on Monday reopened the old ferry pier");
            assertThat(story.getBody()).startsWith("Harbour officials");
        }
    }

    @Nested
    class Dateline {

        @Test
        void shouldReadAfpDatelineWithFullDate() {
            RawStory story = story("MOSCOW, Jan 16, 2026 (AFP) - Officials met on Friday.\n");

            assertThat(story.getDateline()).isEqualTo("MOSCOW, Jan 16, 2026 (AFP)");
            assertThat(story.getAgency()).isEqualTo("AFP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
            assertThat(story.getVersionCreated()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
            assertThat(story.getFirstCreated()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
        }

        @Test
        void shouldReadReutersDatelineWithoutYear() {
            RawStory story = story("PARIS, Jan. 16 (Reuters) - Officials met on Friday.\n");

            assertThat(story.getDateline()).isEqualTo("PARIS, Jan. 16 (Reuters)");
            assertThat(story.getAgency()).isEqualTo("Reuters");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
            assertThat(story.getVersionCreated()).isNull();
        }

        @Test
        void shouldReadApDatelineWithDoubleHyphen() {
            RawStory story = story("WASHINGTON (AP) -- Officials met on Friday.\n");

            assertThat(story.getDateline()).isEqualTo("WASHINGTON (AP)");
            assertThat(story.getAgency()).isEqualTo("AP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldReadDayMonthYearDatelineWithEmDash() {
            RawStory story = story("BEIRUT, 16 January 2026 (AFP) \u2014 Officials met on Friday.\n");

            assertThat(story.getDateline()).isEqualTo("BEIRUT, 16 January 2026 (AFP)");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
            assertThat(story.getVersionCreated()).isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
        }

        @Test
        void shouldLeaveBodyAloneWithoutDateline() {
            RawStory story = story("NATO said on Friday it would meet - again - next week.\n");

            assertThat(story.getDateline()).isNull();
            assertThat(story.getBody()).isEqualTo("NATO said on Friday it would meet - again - next week.");
        }
    }

    @Nested
    class Trailer {

        @Test
        void shouldRemoveAgenceFrancePresseLine() {
            RawStory story = story("Officials met on Friday.\nTalks went on late.\nAgence France-Presse");

            assertThat(story.getAgency()).isEqualTo("AFP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.\n\nTalks went on late.");
        }

        @Test
        void shouldRemoveAfpSignOff() {
            RawStory story = story("Officials met on Friday.\n\nafp/xy\n");

            assertThat(story.getAgency()).isEqualTo("AFP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveSignOffWithoutNamingAgencyWhenAfpIsAbsent() {
            RawStory story = story("Officials met on Friday.\n\nab/cd/ef\n");

            assertThat(story.getAgency()).isNull();
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
            assertThat(story.getId()).startsWith("wire:");
        }

        @Test
        void shouldRemoveReutersCreditLine() {
            RawStory story = story("Officials met on Friday.\n\n(Reporting by Ann Example; Editing by Bo Sample)\n");

            assertThat(story.getAgency()).isEqualTo("Reuters");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveReutersCreditAtEndOfLastParagraph() {
            RawStory story = story("Officials met on Friday. (Reporting by Ann Example; Editing by Bo Sample)\n");

            assertThat(story.getAgency()).isEqualTo("Reuters");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveAssociatedPressLine() {
            RawStory story = story("Officials met on Friday.\n\nAssociated Press\n");

            assertThat(story.getAgency()).isEqualTo("AP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveReutersLine() {
            RawStory story = story("Officials met on Friday.\nReuters\n");

            assertThat(story.getAgency()).isEqualTo("Reuters");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveCopyrightLineNamingAgency() {
            RawStory story = story("Officials met on Friday.\n\n"
                    + "Copyright 2026 The Associated Press. All rights reserved.\n");

            assertThat(story.getAgency()).isEqualTo("AP");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldRemoveUpToThreeTrailerLines() {
            RawStory story = story("Officials met on Friday.\n(Reporting by Ann Example)\nReuter\n");

            assertThat(story.getAgency()).isEqualTo("Reuters");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.");
        }

        @Test
        void shouldPreferDatelineAgencyOverTrailer() {
            RawStory story = story("LONDON (Reuters) - Officials met on Friday.\nAssociated Press\n");

            assertThat(story.getAgency()).isEqualTo("Reuters");
        }
    }

    @Nested
    class Text {

        @Test
        void shouldNormaliseCrlfTabsAndControlCharacters() {
            RawStory story = story(
                    "Pier\u0007 reopens\r\n\r\nOfficials\tmet\u0000 on\u0085 Friday.\r\nTalks went on.\r\n");

            assertThat(story.getHeadline()).isEqualTo("Pier reopens");
            assertThat(story.getBody()).isEqualTo("Officials met on Friday.\n\nTalks went on.");
        }

        @Test
        void shouldComposeCharactersToNfc() {
            RawStory story = story("Officials in Bogota\u0301 met on Friday.\n");

            assertThat(story.getBody()).isEqualTo("Officials in Bogot\u00e1 met on Friday.");
        }

        @Test
        void shouldKeepGluedSentencesAsWritten() {
            RawStory story = story(
                    "Officials met in the region.Independent monitors said so.\"We will see,\" one said.\n");

            assertThat(story.getBody())
                    .isEqualTo("Officials met in the region.Independent monitors said so.\"We will see,\" one said.");
            assertThat(story.getHeadline()).isEqualTo("Officials met in the region");
        }

        @Test
        void shouldJoinHardWrappedLinesIntoParagraphs() {
            RawStory story = story("""
                    Officials of the harbour authority met on Friday to discuss
                    the reopening of the old ferry pier.
                    Talks went on late into the night, a spokeswoman
                    said.

                    A decision is expected next week.
                    """);

            assertThat(story.getBody()).isEqualTo("Officials of the harbour authority met on Friday to discuss the "
                    + "reopening of the old ferry pier.\n\nTalks went on late into the night, a spokeswoman said.\n\n"
                    + "A decision is expected next week.");
        }

        @Test
        void shouldReadWindows1252Copy() {
            byte[] bytes = "Officials in Bogot\u00e1 met on Friday.\n".getBytes(TextDecoder.WINDOWS_1252);

            RawStory story = format.parse(new WireInput("file", "legacy.txt", bytes), CONTEXT).stories().get(0);

            assertThat(story.getBody()).isEqualTo("Officials in Bogot\u00e1 met on Friday.");
        }
    }

    @Nested
    class Identity {

        @Test
        void shouldDeriveStableIdFromAgencyAndBody() {
            String text = "MOSCOW, Jan 16, 2026 (AFP) - Officials met on Friday.\n";

            RawStory first = story(text);
            RawStory second = story(text);

            assertThat(first.getId()).isEqualTo(second.getId()).matches("afp:[0-9a-f]{16}")
                    .isEqualTo("afp:" + StoryIds.sha256Hex("Officials met on Friday.").substring(0, 16));
        }

        @Test
        void shouldGiveSameIdWhenOnlyLineEndingsDiffer() {
            assertThat(story("Officials met.\r\nTalks went on.\r\n").getId())
                    .isEqualTo(story("Officials met.\nTalks went on.\n").getId());
        }

        @Test
        void shouldGiveDifferentIdForDifferentBody() {
            assertThat(story("Officials met.\n").getId()).isNotEqualTo(story("Officials left.\n").getId());
        }

        @Test
        void shouldFillEveryRecordFieldForPlainText() {
            RawStory story = story("Pier reopens\n\nOfficials met.\nAgence France-Presse\n");

            assertThat(story.getVersion()).isEqualTo(1L);
            assertThat(story.getFormat()).isEqualTo(InputFormat.PLAIN_TEXT);
            assertThat(story.getLanguage()).isEqualTo("en");
            assertThat(story.getPubStatus()).isEqualTo(PubStatus.USABLE);
            assertThat(story.getUrgency()).isNull();
            assertThat(story.getByline()).isNull();
            assertThat(story.getReceived()).isEqualTo(NOW);
            assertThat(story.getContentHash()).isEqualTo(StoryIds.sha256Hex("Pier reopens\n\nOfficials met."));
            assertThat(story.getProvenance().getChannel()).isEqualTo("file");
            assertThat(story.getProvenance().getOrigin()).isEqualTo("wire/story.txt");
            assertThat(story.getProvenance().getPosition()).isZero();
            assertThat(story.getProvenance().getIngestHost()).isEqualTo("test-host");
            assertThat(story.getProvenance().getParserVersion()).isEqualTo(PlainTextFormat.PARSER_VERSION);
        }
    }

    @Nested
    class NoStory {

        @Test
        void shouldReportWhitespaceOnly() {
            ParseResult result = parse(" \n\t\r\n  ");

            assertThat(result.stories()).isEmpty();
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.reason()).contains("only whitespace"));
        }

        @Test
        void shouldReportTrailerWithoutBody() {
            ParseResult result = parse("Agence France-Presse\n");

            assertThat(result.stories()).isEmpty();
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.reason()).contains("no body text"));
        }
    }
}
