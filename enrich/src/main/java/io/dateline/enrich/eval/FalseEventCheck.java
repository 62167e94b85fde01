package io.dateline.enrich.eval;

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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The false-event check: Reuters-21578 stories whose only TOPIC is {@code earn} (company results: figures, no
 * political event) → every body sentence enriched on its own as a story; the share of sentences that yield a
 * non-negated event. Every such sentence counts as one that reports no political event; the sample is all of them in
 * the files given, so it is not chosen by what the coder does with it.
 */
public final class FalseEventCheck {

    private static final Pattern TOPICS = Pattern.compile("<TOPICS>(.*?)</TOPICS>", Pattern.DOTALL);

    /** Sentences checked and those that yielded an event. */
    public record Result(int sentences, int withEvent) {

        public String report() {
            return String.format(Locale.ROOT, "non-political sentences=%d with_event=%d false_event_rate=%.3f",
                    sentences, withEvent, sentences == 0 ? 0.0 : (double) withEvent / sentences);
        }
    }

    private FalseEventCheck() {
    }

    public static Result run(Enricher enricher, List<Path> files) throws IOException {
        int sentences = 0;
        int withEvent = 0;
        for (Path file : files) {
            String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
            List<ReutersStory> stories = ReutersSgml.parse(sgml);
            String[] elements = sgml.split("<REUTERS", -1);
            for (int i = 0; i < stories.size() && i + 1 < elements.length; i++) {
                Matcher topics = TOPICS.matcher(elements[i + 1]);
                if (!topics.find() || !topics.group(1).strip().equals("<D>earn</D>")) {
                    continue;
                }
                RawStory story = stories.get(i).story();
                StoryText text = StoryText.of("", story.getBody());
                for (Span sentence : text.sentences()) {
                    String body = sentence.of(text.text()).strip();
                    if (body.length() < 20) {
                        continue;
                    }
                    sentences++;
                    RawStory one = RawStory.newBuilder(story).setHeadline("").setBody(body)
                            .setFormat(InputFormat.UNKNOWN).setReceived(Instant.EPOCH).build();
                    if (enricher.enrich(one).getEvents().stream().anyMatch(e -> !e.getNegated())) {
                        withEvent++;
                    }
                }
            }
        }
        return new Result(sentences, withEvent);
    }
}
