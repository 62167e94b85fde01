package io.dateline.ingest.ninjs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON bytes -> a tree, with limits so that hostile input costs little: at most {@value #MAX_DEPTH} levels of nesting,
 * strings of at most {@value #MAX_STRING_CHARS} characters, no duplicate property names, nothing after the value.
 * The encoding (UTF-8, UTF-16, UTF-32) is detected from the bytes, as JSON requires.
 */
final class NinjsJson {

    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private NinjsJson() {
    }

    /** The tree of {@code content}; throws {@link JsonProcessingException} with line and column for bad JSON. */
    static JsonNode read(byte[] content) throws JsonProcessingException {
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonNode tree = MAPPER.readTree(parser);
            if (tree == null) {
                throw new UncheckedIOException(new IOException("no JSON value"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
