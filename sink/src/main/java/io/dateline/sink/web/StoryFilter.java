package io.dateline.sink.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Which stories {@code GET /api/stories} lists: about a country, mentioning an entity, carrying an event type, dated
 * in {@code [from, to)}; a page of {@code limit}, after {@code cursor} (the last story of the page before). Parsed
 * and validated from the query string by {@link #parse}.
 */
record StoryFilter(Optional<String> country, Optional<String> entity, Optional<String> eventType,
                   Optional<Instant> from, Optional<Instant> to, Optional<Cursor> cursor, int limit) {

    static final Set<String> PARAMETERS = Set.of("country", "entity", "type", "from", "to", "cursor", "limit");
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static StoryFilter parse(String rawQuery) {
        QueryParams params = QueryParams.parse(rawQuery, PARAMETERS);
        Optional<Instant> from = params.time("from");
        Optional<Instant> to = params.time("to");
        QueryParams.requireOrdered(from, to);
        return new StoryFilter(
                params.matching("country", QueryParams.COUNTRY, "an ISO 3166-1 alpha-3 code such as IRN"),
                params.matchingExactly("entity", QueryParams.ENTITY, "an entity id such as country:IRN"),
                params.matching("type", QueryParams.EVENT_TYPE, "a PLOVER event type such as THREATEN"),
                from, to, params.single("cursor").map(Cursor::decode),
                params.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT));
    }

    /**
     * Where a page ends: the time and id of its last story. Opaque to clients (base64url of {@code time~id}); the next
     * page holds the stories dated before it, or at the same time with a smaller id.
     */
    record Cursor(Instant time, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((SqlTimes.format(time) + "~" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int split = plain.indexOf('~');
                if (split < 0 || split == plain.length() - 1) {
                    throw new IllegalArgumentException("no id");
                }
                return new Cursor(Instant.parse(plain.substring(0, split)), plain.substring(split + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadRequest("parameter 'cursor' is invalid: pass the 'next' value of the previous page");
            }
        }
    }
}
