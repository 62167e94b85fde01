package io.dateline.enrich.eval;

import io.dateline.avro.Event;
import io.dateline.avro.InputFormat;
import io.dateline.avro.RawStory;
import io.dateline.enrich.Enricher;
import io.dateline.enrich.text.Span;
import io.dateline.enrich.text.StoryText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The false-event check: body sentences (≥ 20 characters) of Reuters-21578 stories that report no political event,
 * each enriched on its own as a story → per kind, the share that yields a non-negated event. Kinds, chosen by the
 * story's TOPICS or the sentence's words, never by what the coder does with them: earnings (TOPICS only
 * {@code earn}), commodities (every topic a commodity: grain, sugar, coffee, metals, ...), statistics (every topic an
 * economic indicator: cpi, gnp, jobs, trade balance items, ...), disasters (any story's sentences naming a natural
 * disaster or accident) and opinion (sentences of the three topic kinds in which an analyst, economist, dealer or
 * trader speaks). Sentences of stories tagged with a political topic (trade, ship, crude, money-fx, interest) are not
 * taken for the topic kinds: those can hold real events.
 */
public final class FalseEventCheck {

    private static final Pattern TOPICS = Pattern.compile("<TOPICS>(.*?)</TOPICS>", Pattern.DOTALL);
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
    private static final Set<String> COMMODITIES = Set.of("alum", "barley", "carcass", "castor-oil", "castorseed",
            "cocoa", "coconut", "coconut-oil", "coffee", "copper", "copra-cake", "corn", "corn-oil", "cotton",
            "cotton-oil", "cottonseed", "f-cattle", "fishmeal", "flaxseed", "gold", "grain", "groundnut",
            "groundnut-oil", "hog", "iron-steel", "l-cattle", "lead", "lin-oil", "linseed", "livestock", "lumber",
            "meal-feed", "nickel", "oat", "oilseed", "orange", "palladium", "palm-oil", "palmkernel", "platinum",
            "plywood", "pork-belly", "potato", "rape-oil", "rapeseed", "rice", "rubber", "rye", "silk", "silver",
            "sorghum", "soy-meal", "soy-oil", "soybean", "strategic-metal", "sugar", "sun-oil", "sunseed", "tapioca",
            "tea", "tin", "veg-oil", "wheat", "wool", "zinc");
    private static final Set<String> STATISTICS = Set.of("bop", "cpi", "cpu", "gnp", "housing", "income",
            "instal-debt", "inventories", "ipi", "jobs", "lei", "money-supply", "reserves", "retail", "wpi");
    private static final Pattern DISASTER = Pattern.compile("\\b(earthquakes?|quakes?|floods?|flooding|storms?|"
            + "hurricanes?|typhoons?|cyclones?|tornado(es)?|drought|volcano|landslides?|avalanche|blizzards?|"
            + "frost|explosion|blaze|crash(ed)?|derail(ed|ment))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("\\b(analysts?|economists?|dealers?|traders?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Distinct sentences checked and those that yielded an event; per kind (in report order) the same two counts (a
     * sentence can be of two kinds).
     */
    public record Result(int sentences, int withEvent, Map<String, int[]> kinds) {

        public String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "non-political sentences=%d with_event=%d false_event_rate=%.3f", sentences(), withEvent(),
                    rate(sentences(), withEvent())));
            kinds.forEach((kind, n) -> out.append(String.format(Locale.ROOT, "%n  %s sentences=%d with_event=%d "
                    + "false_event_rate=%.3f", kind, n[0], n[1], rate(n[0], n[1]))));
            return out.toString();
        }

        private static double rate(int sentences, int withEvent) {
            return sentences == 0 ? 0.0 : (double) withEvent / sentences;
        }
    }

    private FalseEventCheck() {
    }

    /** Runs the check; {@code flagged} is told each sentence that yielded an event, with its kinds and events. */
    public static Result run(Enricher enricher, List<Path> files, Consumer<String> flagged) throws IOException {
        Map<String, int[]> kinds = new LinkedHashMap<>();
        int sentences = 0;
        int withEvent = 0;
        for (String kind : List.of("earnings", "commodities", "statistics", "disasters", "opinion")) {
            kinds.put(kind, new int[2]);
        }
        for (Path file : files) {
            String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
            List<ReutersStory> stories = ReutersSgml.parse(sgml);
            String[] elements = sgml.split("<REUTERS", -1);
            for (int i = 0; i < stories.size() && i + 1 < elements.length; i++) {
                String topicKind = topicKind(topics(elements[i + 1]));
                RawStory story = stories.get(i).story();
                StoryText text = StoryText.of("", story.getBody());
                for (Span sentence : text.sentences()) {
                    String body = sentence.of(text.text()).strip();
                    if (body.length() < 20) {
                        continue;
                    }
                    List<String> of = new ArrayList<>(2);
                    if (topicKind != null) {
                        of.add(topicKind);
                        if (OPINION.matcher(body).find()) {
                            of.add("opinion");
                        }
                    }
                    if (DISASTER.matcher(body).find()) {
                        of.add("disasters");
                    }
                    if (of.isEmpty()) {
                        continue;
                    }
                    RawStory one = RawStory.newBuilder(story).setHeadline("").setBody(body)
                            .setFormat(InputFormat.UNKNOWN).setReceived(Instant.EPOCH).build();
                    List<Event> events = enricher.enrich(one).getEvents().stream().filter(e -> !e.getNegated())
                            .toList();
                    boolean event = !events.isEmpty();
                    if (event) {
                        flagged.accept(of + " " + events.stream().map(PloverEval::describe).toList() + " | "
                                + body.replace('\n', ' '));
                    }
                    sentences++;
                    withEvent += event ? 1 : 0;
                    for (String kind : of) {
                        kinds.get(kind)[0]++;
                        if (event) {
                            kinds.get(kind)[1]++;
                        }
                    }
                }
            }
        }
        return new Result(sentences, withEvent, kinds);
    }

    private static List<String> topics(String element) {
        Matcher topics = TOPICS.matcher(element);
        List<String> out = new ArrayList<>();
        if (topics.find()) {
            Matcher d = D.matcher(topics.group(1));
            while (d.find()) {
                out.add(d.group(1));
            }
        }
        return out;
    }

    /** earnings, commodities or statistics when every topic is of that kind; else null. */
    static String topicKind(List<String> topics) {
        if (topics.isEmpty()) {
            return null;
        }
        if (topics.equals(List.of("earn"))) {
            return "earnings";
        }
        if (COMMODITIES.containsAll(topics)) {
            return "commodities";
        }
        return STATISTICS.containsAll(topics) ? "statistics" : null;
    }
}
