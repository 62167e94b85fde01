package io.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.avro.InputFormat;
import io.dateline.avro.Provenance;
import io.dateline.avro.RawStory;
import io.dateline.ingest.parse.StoryIds;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * One NDJSON line ({@code {"id": .., "headline": .., "body": .., "versionCreated": ..}}) -> a RawStory, for
 * {@code dateline tag -}. {@code id} and {@code body} are required; {@code versionCreated} is ISO-8601 (an instant, an
 * offset date-time or a plain date) and dates the story; {@code agency} and {@code dateline} are taken when present.
 */
final class NdjsonStories {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    NdjsonStories(Clock clock) {
        this.clock = clock;
    }

    /** The story on {@code line}; throws IllegalArgumentException saying what is wrong with it. */
    RawStory parse(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(node, "id");
        String body = text(node, "body");
        if (id == null || body == null) {
            throw new IllegalArgumentException("needs at least \"id\" and \"body\"");
        }
        String headline = text(node, "headline") == null ? "" : text(node, "headline");
        Instant versionCreated = instant(text(node, "versionCreated"));
        return RawStory.newBuilder()
                .setId(id)
                .setHeadline(headline)
                .setBody(body)
                .setAgency(text(node, "agency"))
                .setDateline(text(node, "dateline"))
                .setFormat(InputFormat.UNKNOWN)
                .setVersionCreated(versionCreated)
                .setFirstCreated(versionCreated)
                .setReceived(clock.instant())
                .setContentHash(StoryIds.contentHash(headline, body))
                .setProvenance(Provenance.newBuilder().setChannel("stdin").setOrigin("-").setPosition(number - 1)
                        .build())
                .build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("versionCreated '" + text + "' is not an ISO-8601 date or date-time");
        }
    }
}
