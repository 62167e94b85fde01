package io.dateline.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.ingest.WireFormats;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing every parser: whatever the bytes (random, or a valid input of each format cut, spliced or with bytes
 * replaced), a {@link WireFormat} returns a result and never throws, and every problem has a documented kind other
 * than {@link Rejection#INTERNAL} (the kind {@link StoryParser} gives a parser that threw).
 */
class ParserPropertiesTest {

    private static final Set<Rejection> DOCUMENTED = EnumSet.complementOf(EnumSet.of(Rejection.INTERNAL));
    private static final String[] SAMPLES = {
        "Harbour reopens\r\n\r\nVALLETTA, Jan 12, 2026 (AFP) - The harbour reopened.Ships left.\r\nafp/xx\r\n",
        "{\"uri\": \"urn:x\", \"type\": \"text\", \"version\": \"2\", \"headlines\": [{\"value\": \"H\"}],"
                + " \"bodies\": [{\"contentType\": \"text/html\", \"value\": \"<p>One &amp; two</p><p>Three</p>\"}],"
                + " \"places\": [{\"name\": \"Malta\", \"geoJSON\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}]}",
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"g\" version=\"2\"><catalogRef href=\"c\"/>"
                + "<itemMeta><itemClass qcode=\"ninat:text\"/><provider qcode=\"nprov:AFP\"/><versionCreated>"
                + "2026-01-12T10:00:00Z</versionCreated></itemMeta><contentMeta><headline>H</headline>"
                + "</contentMeta><contentSet><inlineXML contenttype=\"application/nitf+xml\"><nitf><body>"
                + "<body.content><p>Text.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>",
        "<REUTERS NEWID=\"7\"><DATE>26-FEB-1987 15:01:01.79</DATE><TOPICS><D>cocoa</D></TOPICS><TEXT>&#2;"
                + "<TITLE>T &lt;X&gt;</TITLE><DATELINE> SALVADOR, Feb 26 - </DATELINE><BODY>Showers > rain.\n"
                + "    Next.\n Reuter\n&#3;</BODY></TEXT></REUTERS>"};

    @Property(tries = 300)
    void shouldNeverThrowOnRandomBytes(@ForAll("randomBytes") byte[] bytes) {
        assertOnlyDocumentedRejections(bytes);
    }

    @Property(tries = 600)
    void shouldNeverThrowOnMutatedValidInputs(@ForAll("mutatedSamples") byte[] bytes) {
        assertOnlyDocumentedRejections(bytes);
    }

    private static void assertOnlyDocumentedRejections(byte[] bytes) {
        for (WireFormat format : WireFormats.all()) {
            ParseResult result = format.parse(new WireInput("fuzz", "fuzz", bytes), Parsing.CONTEXT);

            assertThat(result).isNotNull();
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.kind()).isIn(DOCUMENTED);
                assertThat(problem.reason()).isNotBlank();
            });
        }
        assertThat(Parsing.parse(bytes).problems())
                .allSatisfy(problem -> assertThat(problem.kind()).isIn(DOCUMENTED));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<byte[]> mutatedSamples() {
        Arbitrary<byte[]> samples = Arbitraries.of(SAMPLES).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(samples, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 10_000), Arbitraries.bytes(), Arbitraries.integers().between(0, 3))
                .as((sample, at, length, value, mutation) -> mutate(sample, at % (sample.length + 1),
                        length % 40, value, mutation));
    }

    /** 0: cut at {@code at}; 1: replace bytes; 2: delete a run; 3: duplicate a run (nesting, repeated tags). */
    private static byte[] mutate(byte[] sample, int at, int length, byte value, int mutation) {
        int end = Math.min(sample.length, at + length);
        switch (mutation) {
            case 0:
                return Arrays.copyOf(sample, at);
            case 1: {
                byte[] copy = sample.clone();
                for (int i = at; i < end; i++) {
                    copy[i] = value;
                }
                return copy;
            }
            case 2: {
                byte[] copy = new byte[sample.length - (end - at)];
                System.arraycopy(sample, 0, copy, 0, at);
                System.arraycopy(sample, end, copy, at, sample.length - end);
                return copy;
            }
            default: {
                byte[] copy = new byte[sample.length + (end - at)];
                System.arraycopy(sample, 0, copy, 0, end);
                System.arraycopy(sample, at, copy, end, sample.length - at);
                return copy;
            }
        }
    }
}
