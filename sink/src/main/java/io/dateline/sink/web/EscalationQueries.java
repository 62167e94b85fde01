package io.dateline.sink.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The escalation side of the dashboard's API, read-only, over {@code escalation_windows}: the windows of chosen dyads
 * in a range (a primary-key range each), and the dyads and countries whose conflict intensity rose most over the last
 * day and week (one range of the time index over two weeks of day windows). "Now" is the end of the latest day window
 * stored unless the request names it, so an archive replayed today still shows its own last week.
 */
final class EscalationQueries {

    /** Most windows returned per dyad: a month of hours, ten years of days. */
    static final int MAX_POINTS = 3660;

    /** The latest window of a granularity: one probe of the time index, from its end. */
    static final String LATEST_SQL = "SELECT window_start FROM escalation_windows WHERE granularity = ?"
            + " ORDER BY window_start DESC LIMIT 1";

    /** One dyad's windows in a range: a range of the primary key. */
    static final String SERIES_SQL = "SELECT window_start, window_end, events, verbal_cooperation,"
            + " material_cooperation, verbal_conflict, material_conflict, intensity_sum, intensity_mean,"
            + " conflict_intensity, baseline, alert FROM escalation_windows WHERE source = ? AND target = ?"
            + " AND granularity = ? AND window_start >= ? AND window_start < ? ORDER BY window_start LIMIT ?";

    /** Every dyad's day windows of two weeks: a range of the time index. */
    static final String RISING_SQL = "SELECT source, target, window_start, conflict_intensity, events, alert"
            + " FROM escalation_windows WHERE granularity = 'day' AND window_start >= ? AND window_start < ?";

    private final DataSource dataSource;
    private final SqlTimes times;
    private final ObjectMapper json;

    EscalationQueries(DataSource dataSource, SqlTimes times, ObjectMapper json) {
        this.dataSource = dataSource;
        this.times = times;
        this.json = json;
    }

    /** A directed country pair: {@code source} acts on {@code target}. */
    record Dyad(String source, String target) {

        static Dyad parse(String text) {
            String[] parts = text.toUpperCase(java.util.Locale.ROOT).split("-");
            if (parts.length != 2 || !QueryParams.COUNTRY.matcher(parts[0]).matches()
                    || !QueryParams.COUNTRY.matcher(parts[1]).matches()) {
                throw new BadRequest("parameter 'dyad'='" + QueryParams.printable(text)
                        + "' is invalid: must be SOURCE-TARGET, two ISO alpha-3 codes such as IRN-USA");
            }
            return new Dyad(parts[0], parts[1]);
        }

        @Override
        public String toString() {
            return source + "-" + target;
        }
    }

    /** The start of the latest window of {@code granularity} (one probe of the time index), if any. */
    Optional<Instant> latestWindow(String granularity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(LATEST_SQL)) {
            select.setString(1, granularity);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(times.read(row, "window_start")) : Optional.empty();
            }
        }
    }

    /** Per dyad, its windows of {@code granularity} starting in {@code [from, to)}, oldest first. */
    ArrayNode series(List<Dyad> dyads, String granularity, Instant from, Instant to) throws SQLException {
        ArrayNode out = json.createArrayNode();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SERIES_SQL)) {
            for (Dyad dyad : dyads) {
                select.setString(1, dyad.source());
                select.setString(2, dyad.target());
                select.setString(3, granularity);
                times.bind(select, 4, from);
                times.bind(select, 5, to);
                select.setInt(6, MAX_POINTS);
                ObjectNode series = out.addObject().put("dyad", dyad.toString()).put("source", dyad.source())
                        .put("target", dyad.target());
                ArrayNode points = series.putArray("points");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        points.add(point(rows));
                    }
                }
            }
        }
        return out;
    }

    private ObjectNode point(ResultSet rows) throws SQLException {
        ObjectNode point = json.createObjectNode()
                .put("start", SqlTimes.format(times.read(rows, "window_start")))
                .put("end", SqlTimes.format(times.read(rows, "window_end")))
                .put("events", rows.getInt("events"))
                .put("verbalCooperation", rows.getInt("verbal_cooperation"))
                .put("materialCooperation", rows.getInt("material_cooperation"))
                .put("verbalConflict", rows.getInt("verbal_conflict"))
                .put("materialConflict", rows.getInt("material_conflict"))
                .put("intensitySum", rows.getDouble("intensity_sum"))
                .put("intensityMean", rows.getDouble("intensity_mean"))
                .put("conflictIntensity", rows.getDouble("conflict_intensity"));
        double baseline = rows.getDouble("baseline");
        point.put("baseline", rows.wasNull() ? null : baseline);
        point.put("alert", rows.getBoolean("alert"));
        return point;
    }

    /**
     * The dyads and countries whose conflict intensity (sum over day windows) rose most in the day and in the week
     * before {@code now}, each against the period of the same length before it; a country counts the dyads it is
     * either side of. Only rises (more than zero) are listed, {@code top} of each.
     */
    ObjectNode rising(Instant now, int top) throws SQLException {
        Instant day = now.minus(Duration.ofDays(1));
        Instant week = now.minus(Duration.ofDays(7));
        Instant twoWeeks = now.minus(Duration.ofDays(14));
        Map<String, Rise[]> dyads = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(RISING_SQL)) {
            times.bind(select, 1, twoWeeks);
            times.bind(select, 2, now);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString("source") + "-" + rows.getString("target");
                    Instant start = times.read(rows, "window_start");
                    double conflict = rows.getDouble("conflict_intensity");
                    int events = rows.getInt("events");
                    boolean alert = rows.getBoolean("alert");
                    Rise[] rises = dyads.computeIfAbsent(key, k -> new Rise[] {new Rise(k), new Rise(k)});
                    rises[0].add(!start.isBefore(day), !start.isBefore(day.minus(Duration.ofDays(1))), conflict,
                            events, alert);
                    rises[1].add(!start.isBefore(week), true, conflict, events, alert);
                }
            }
        }
        ObjectNode out = json.createObjectNode().put("now", SqlTimes.format(now));
        out.set("day", ranking(dyads, 0, top));
        out.set("week", ranking(dyads, 1, top));
        return out;
    }

    private ObjectNode ranking(Map<String, Rise[]> dyads, int period, int top) {
        Map<String, Rise> countries = new LinkedHashMap<>();
        List<Rise> pairs = new ArrayList<>();
        dyads.values().forEach(rises -> {
            Rise rise = rises[period];
            pairs.add(rise);
            for (String country : rise.key.split("-")) {
                countries.computeIfAbsent(country, Rise::new).plus(rise);
            }
        });
        ObjectNode out = json.createObjectNode();
        out.set("dyads", top(pairs, top));
        out.set("countries", top(new ArrayList<>(countries.values()), top));
        return out;
    }

    private ArrayNode top(List<Rise> rises, int top) {
        ArrayNode out = json.createArrayNode();
        rises.stream().filter(r -> r.rise() > 0)
                .sorted(Comparator.comparingDouble(Rise::rise).reversed().thenComparing(r -> r.key))
                .limit(top)
                .forEach(r -> out.addObject().put("key", r.key).put("recent", r.recent).put("previous", r.previous)
                        .put("rise", r.rise()).put("events", r.events).put("alerts", r.alerts));
        return out;
    }

    /** Conflict intensity of one dyad or country in a recent period and the one before it. */
    private static final class Rise {
        private final String key;
        private double recent;
        private double previous;
        private int events;
        private int alerts;

        Rise(String key) {
            this.key = key;
        }

        void add(boolean inRecent, boolean inPrevious, double conflict, int windowEvents, boolean alert) {
            if (inRecent) {
                recent += conflict;
                events += windowEvents;
                alerts += alert ? 1 : 0;
            } else if (inPrevious) {
                previous += conflict;
            }
        }

        void plus(Rise other) {
            recent += other.recent;
            previous += other.previous;
            events += other.events;
            alerts += other.alerts;
        }

        double rise() {
            return recent - previous;
        }
    }
}
