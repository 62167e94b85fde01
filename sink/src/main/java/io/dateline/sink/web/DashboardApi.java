package io.dateline.sink.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dateline.sink.web.EscalationQueries.Dyad;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's JSON API under {@code /api/}: {@code GET /api/stories}, {@code /api/stories/{id}},
 * {@code /api/escalation} and {@code /api/entities} (docs/dashboard.md has the parameters). Every parameter is
 * validated; a bad one gets 400 with {@code {"error": "..."}} naming it, an unknown path 404, another method 405, a
 * database that does not answer 503.
 */
final class DashboardApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardApi.class);

    static final int MAX_DYADS = 8;
    private static final Duration MAX_HOURS = Duration.ofDays(31);
    private static final Duration MAX_DAYS = Duration.ofDays(EscalationQueries.MAX_POINTS);
    private static final Pattern STORY_ID = Pattern.compile("[^\\p{Cntrl}/]{1,256}");
    private static final Set<String> ESCALATION_PARAMETERS = Set.of("dyad", "granularity", "from", "to", "at",
            "top");
    private static final Set<String> ENTITY_PARAMETERS = Set.of("q", "limit");

    private final StoryQueries stories;
    private final EscalationQueries escalation;
    private final ObjectMapper json;
    private final Clock clock;

    DashboardApi(StoryQueries stories, EscalationQueries escalation, ObjectMapper json, Clock clock) {
        this.stories = stories;
        this.escalation = escalation;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, error("only GET and HEAD are allowed"));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            try {
                send(exchange, 200, route(path, exchange.getRequestURI().getPath(), query));
            } catch (BadRequest e) {
                send(exchange, e.status(), error(e.getMessage()));
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Dashboard request {} failed: {}", path, e.toString());
                send(exchange, 503, error("the story database did not answer: " + e.getMessage()));
            }
        }
    }

    private JsonNode route(String path, String decodedPath, String query) throws SQLException {
        switch (path) {
            case "/api/stories", "/api/stories/" -> {
                return stories.stories(StoryFilter.parse(query));
            }
            case "/api/escalation" -> {
                return escalation(query);
            }
            case "/api/entities" -> {
                QueryParams params = QueryParams.parse(query, ENTITY_PARAMETERS);
                Optional<String> name = params.single("q");
                if (name.isPresent() && name.get().length() > 100) {
                    throw new BadRequest("parameter 'q' is longer than 100 characters");
                }
                ObjectNode out = json.createObjectNode();
                out.set("entities", stories.entities(name, params.integer("limit", 1, 100, 20)));
                return out;
            }
            default -> {
                if (path.startsWith("/api/stories/")) {
                    QueryParams.parse(query, Set.of());
                    String id = decodedPath.substring("/api/stories/".length());
                    QueryParams.requireMatch("id", id, STORY_ID, "a story id (1 to 256 characters)");
                    return stories.story(id).orElseThrow(() -> new BadRequest(404, "no active story " + id));
                }
                throw new BadRequest(404, "no such endpoint: " + QueryParams.printable(path));
            }
        }
    }

    /**
     * The windows of the dyads asked for in a range (by default the 30 days, or 72 hours, up to the latest window),
     * and the risers of the last day and week.
     */
    private JsonNode escalation(String query) throws SQLException {
        QueryParams params = QueryParams.parse(query, ESCALATION_PARAMETERS);
        List<Dyad> dyads = params.all("dyad", MAX_DYADS).stream().map(Dyad::parse).distinct().toList();
        String granularity = params.single("granularity").orElse("day");
        if (!granularity.equals("day") && !granularity.equals("hour")) {
            throw new BadRequest("parameter 'granularity'='" + QueryParams.printable(granularity)
                    + "' is invalid: must be hour or day");
        }
        Optional<Instant> from = params.time("from");
        Optional<Instant> to = params.time("to");
        Optional<Instant> at = params.time("at");
        QueryParams.requireOrdered(from, to);
        int top = params.integer("top", 1, 50, 10);
        boolean hourly = granularity.equals("hour");
        Duration unit = hourly ? Duration.ofHours(1) : Duration.ofDays(1);
        Duration span = hourly ? Duration.ofHours(72) : Duration.ofDays(30);
        Instant end = to.orElseGet(() -> latest(granularity).map(t -> t.plus(unit))
                .orElseGet(clock::instant));
        Instant start = from.orElse(end.minus(span));
        if (!start.isBefore(end)) {
            throw new BadRequest("parameter 'from' must be before the end of the range, " + SqlTimes.format(end));
        }
        Duration most = hourly ? MAX_HOURS : MAX_DAYS;
        if (Duration.between(start, end).compareTo(most) > 0) {
            throw new BadRequest("the range from " + SqlTimes.format(start) + " to " + SqlTimes.format(end)
                    + " is too long for " + granularity + " windows: at most " + most.toDays() + " days");
        }
        Instant now = at.orElseGet(() -> latest("day").map(t -> t.plus(Duration.ofDays(1)))
                .orElseGet(clock::instant));
        ObjectNode out = json.createObjectNode().put("granularity", granularity)
                .put("from", SqlTimes.format(start)).put("to", SqlTimes.format(end));
        out.set("series", escalation.series(dyads, granularity, start, end));
        out.set("rising", escalation.rising(now, top));
        return out;
    }

    private Optional<Instant> latest(String granularity) {
        try {
            return escalation.latestWindow(granularity);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("error", message);
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
