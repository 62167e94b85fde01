package io.dateline.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Fuzz inputs: the kept corpus ({@code src/test/resources/io/dateline/ingest/fuzz/corpus/<format>/}, one valid or
 * nearly valid input per file) -> jqwik arbitraries of those files as they are, with up to four mutations each (cut,
 * overwrite, delete, duplicate a run, insert a token of some wire format, splice in another corpus file), and of
 * random bytes. Add a file to the corpus to teach the fuzzer a new shape (a finding, once fixed, belongs there too).
 */
public final class FuzzInputs {

    /** Corpus folder names. */
    public static final List<String> FORMATS = List.of("plain", "ninjs", "newsml", "reuters");

    /** Tokens of every format (and of trouble): what random bytes rarely hit. */
    private static final List<byte[]> TOKENS = Stream.of(
            "<", ">", "</", "/>", "\"", "'", "=", "{", "}", "[", "]", ":", ",", "&", "&#", "&#1;", "&#0;",
            "&#x110000;", "&#99999999999;", "&amp;", "&lt;", "&unknown;", "<![CDATA[", "]]>", "<!--", "-->",
            "<!DOCTYPE x>", "<!ENTITY e \"x\">", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
            "<?xml version=\"1.1\"?>", "\u0000", "\r\n", "\n\n", "\t", "\u00a0", "\u200b", "\ufeff", "\ud83d\ude00",
            " (AFP) - ", "MOSCOW, Jan 16, 2026 (AFP) - ", "(Reuters) -", " Reuter\n", "afp/xx", "Agence France-Presse",
            "(Reporting by X; Editing by Y)", "<REUTERS NEWID=\"9\">", "</REUTERS>", "<BODY>", "</BODY>", "<TEXT>",
            "<TEXT TYPE=\"BRIEF\">", "<TITLE>", "<DATE>31-DEC-1999 23:59:59.99</DATE>", "<D>", "\"uri\": \"u\"",
            "\"version\": \"99999999999999999999\"", "\"urgency\": 1e400", "\"urgency\": -1", "null", "-0", "1e999",
            "\"versionCreated\": \"2026-13-45T99:00:00Z\"", "\"pubStatus\": \"canceled\"", "\"type\": \"picture\"",
            "\"standard\": {\"version\": \"9\"}", "\"bodies\": [{\"value\": \"<p>x</p>\"}]", "\"geoJSON\": {}",
            "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"", "<newsItem", "<newsMessage", "<packageItem",
            "<itemMeta>", "<contentSet>", "<inlineXML>", "<inlineData>", "<nitf>", "<body.content>", "<p>", "</p>",
            "version=\"0\"", "version=\"-1\"", "version=\"99999999999999999999\"",
            "<pubStatus qcode=\"stat:canceled\"/>", "<related><related><related><related>")
            .map(token -> token.getBytes(StandardCharsets.UTF_8)).toList();
    private static final byte[][] ODD_BYTES = {{(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0x1B}, {0x7F}};

    private FuzzInputs() {
    }

    /** The corpus files of {@code format}, as bytes. */
    public static List<byte[]> corpus(String format) {
        URL url = FuzzInputs.class.getResource("corpus/" + format);
        if (url == null) {
            throw new IllegalStateException("no fuzz corpus for " + format);
        }
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            List<byte[]> corpus = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                corpus.add(Files.readAllBytes(file));
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus file of every format. */
    public static List<byte[]> wholeCorpus() {
        return FORMATS.stream().flatMap(format -> corpus(format).stream()).toList();
    }

    /**
     * Mostly mutations of {@code corpus} (splicing in any corpus file), sometimes a corpus file as it is, sometimes
     * random bytes.
     */
    public static Arbitrary<byte[]> inputs(List<byte[]> corpus) {
        Arbitrary<byte[]> seeds = Arbitraries.of(corpus);
        Arbitrary<byte[]> mutated = Combinators.combine(seeds, mutation().list().ofMinSize(1).ofMaxSize(4))
                .as((seed, mutations) -> {
                    byte[] bytes = seed;
                    for (Mutation mutation : mutations) {
                        bytes = mutation.apply(bytes);
                    }
                    return bytes;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(8, mutated),
                Tuple.of(1, seeds),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000)));
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<byte[]> insert = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(TOKENS)),
                Tuple.of(2, Arbitraries.of(ODD_BYTES)),
                Tuple.of(1, Arbitraries.of(wholeCorpus())));
        return Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 64), Arbitraries.bytes(), insert).as(Mutation::new);
    }

    /** The ways an input is changed. */
    enum Kind { CUT, OVERWRITE, DELETE, DUPLICATE, INSERT, REPEAT }

    /** One change at {@code at} (taken modulo the input's length). */
    record Mutation(Kind kind, int at, int length, byte value, byte[] insert) {

        byte[] apply(byte[] input) {
            int start = at % (input.length + 1);
            int end = Math.min(input.length, start + length);
            return switch (kind) {
                case CUT -> Arrays.copyOf(input, start);
                case OVERWRITE -> {
                    byte[] copy = input.clone();
                    Arrays.fill(copy, start, end, value);
                    yield copy;
                }
                case DELETE -> concat(Arrays.copyOf(input, start), Arrays.copyOfRange(input, end, input.length));
                case DUPLICATE -> concat(Arrays.copyOf(input, end), Arrays.copyOfRange(input, start, input.length));
                case INSERT -> concat(Arrays.copyOf(input, start), insert,
                        Arrays.copyOfRange(input, start, input.length));
                case REPEAT -> concat(Arrays.copyOf(input, start), repeat(insert, 1 + length * 8),
                        Arrays.copyOfRange(input, start, input.length));
            };
        }

        @Override
        public String toString() {
            return kind + "@" + at + "+" + length + (kind == Kind.OVERWRITE ? " with " + value
                    : kind == Kind.INSERT || kind == Kind.REPEAT
                    ? " '" + new String(insert, 0, Math.min(insert.length, 40), StandardCharsets.UTF_8) + "'" : "");
        }
    }

    private static byte[] repeat(byte[] bytes, int times) {
        byte[] out = new byte[Math.min(bytes.length * times, 64 * 1024)];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes[i % bytes.length];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
