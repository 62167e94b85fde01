package io.dateline.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.avro.EnrichedStory;
import io.dateline.avro.Event;
import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.enrich.Enricher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * PLOVER gold-standard records (JSON) → the scores of {@code shared/tools/score_plover.py}: each record's text is
 * enriched as a story body with an empty headline, undated, received now (as {@code dateline tag} reads it); negated
 * events are dropped; event type is right when an event has the gold type; source (target) country is right when an
 * event of the gold type, else the first event, has a gold source (target) code; target accuracy is over records with a
 * gold target; "no event" is the share of records without an event. {@code --half even|odd} scores every other record
 * of each event type in file order (the records are numbered per type), so that rules tuned on one half can be checked
 * on the other.
 */
public final class PloverEval {

    private final Enricher enricher;
    private final Clock clock;

    /**
     * @param clock gives each record the time it is read as its {@code received} time, as {@code dateline tag} does
     *              with the undated lines {@code score_plover.py input} writes, so both score the same
     */
    public PloverEval(Enricher enricher, Clock clock) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the scorer prints. */
    public record Result(int records, double eventType, double source, double target, double noEvent) {

        public String report() {
            return String.format(Locale.ROOT, "records=%d event_type_acc=%.3f source_acc=%.3f target_acc=%.3f "
                    + "no_event=%.3f", records, eventType, source, target, noEvent);
        }
    }

    /** A gold record: id, text, event type, source and target codes. */
    public record Gold(String id, String text, String event, Set<String> sources, Set<String> targets) {
    }

    /** The coded records of the file (not the DOCUMENT record); {@code half} is null, "even" or "odd". */
    public static List<Gold> read(Path file, String half) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Gold> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (JsonNode record : root) {
            String event = record.path("event").asText();
            if (event.equals("DOCUMENT")) {
                continue;
            }
            int index = seen.merge(event, 1, Integer::sum) - 1;
            if (half != null && (index % 2 == 0) != half.equals("even")) {
                continue;
            }
            out.add(new Gold(record.path("id").asText(), record.path("text").asText(), event,
                    codes(record.get("source")), codes(record.get("target"))));
        }
        return out;
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> codes = new HashSet<>();
        if (actors != null && actors.isArray()) {
            for (JsonNode actor : actors) {
                String code = actor.path("code").asText("");
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** The events the enricher codes in a record's text. */
    public List<Event> events(Gold gold) {
        RawStory story = RawStory.newBuilder().setId(gold.id()).setFormat(InputFormat.UNKNOWN).setHeadline("")
                .setBody(gold.text()).setReceived(clock.instant()).setContentHash("-").build();
        EnrichedStory enriched = enricher.enrich(story);
        return enriched.getEvents();
    }

    public Result score(List<Gold> records) {
        int n = 0;
        int type = 0;
        int src = 0;
        int tgt = 0;
        int none = 0;
        int tgtN = 0;
        for (Gold gold : records) {
            n++;
            List<Event> events = events(gold).stream().filter(e -> !e.getNegated()).toList();
            if (events.isEmpty()) {
                none++;
                continue;
            }
            List<Event> same = events.stream().filter(e -> e.getType().toUpperCase(Locale.ROOT)
                    .equals(gold.event())).toList();
            if (!same.isEmpty()) {
                type++;
            }
            List<Event> candidates = same.isEmpty() ? events.subList(0, 1) : same;
            if (candidates.stream().anyMatch(e -> e.getSource() != null
                    && gold.sources().contains(e.getSource().getCountry()))) {
                src++;
            }
            if (!gold.targets().isEmpty()) {
                tgtN++;
                if (candidates.stream().anyMatch(e -> e.getTarget() != null
                        && gold.targets().contains(e.getTarget().getCountry()))) {
                    tgt++;
                }
            }
        }
        return new Result(n, (double) type / n, (double) src / n, (double) tgt / Math.max(tgtN, 1),
                (double) none / n);
    }

    /** One line per record: the gold type and actors, then what was coded — for reading the errors of a half. */
    public String describe(Gold gold) {
        return gold.event() + " " + gold.sources() + "->" + gold.targets() + " | " + events(gold).stream()
                .map(PloverEval::describe).toList() + " | " + gold.text().replace('\n', ' ');
    }

    /** An event as {@code TYPE/CAMEO SRC->TGT 'trigger'}, {@code NEG} when negated. */
    public static String describe(Event e) {
        return e.getType() + "/" + e.getCameo() + " " + (e.getSource() == null ? "-" : e.getSource().getCountry())
                + "->" + (e.getTarget() == null ? "-" : e.getTarget().getCountry()) + " '"
                + e.getTrigger().getText() + "'" + (e.getNegated() ? " NEG" : "");
    }

    /** {@code java ... PloverEval FILE [--half even|odd] [--verbose] [--false-events REUTERS_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String half = null;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--half")) {
                half = args[++i];
            } else if (args[i].equals("--false-events")) {
                System.out.println(FalseEventCheck.run(Enricher.standard(Clock.systemUTC()),
                        ReutersEval.sgmlFiles(List.of(Path.of(args[++i]))), line -> { }).report());
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            }
        }
        PloverEval eval = new PloverEval(Enricher.standard(Clock.systemUTC()), Clock.systemUTC());
        List<Gold> records = read(file, half);
        if (verbose) {
            records.forEach(gold -> System.out.println(eval.describe(gold)));
        }
        System.out.println(eval.score(records).report());
    }
}
