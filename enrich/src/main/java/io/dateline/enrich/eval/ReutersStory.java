package io.dateline.enrich.eval;

import io.dateline.avro.RawStory;
import java.util.List;
import java.util.Objects;

/**
 * One Reuters-21578 story: what the tagger reads, as a {@link RawStory}, and the gold tags it is scored against.
 *
 * @param newid  the story's NEWID
 * @param story  headline (TITLE), dateline, body and date, as a RawStory with id {@code reuters-<NEWID>}
 * @param places gold PLACES ids, e.g. {@code usa}, {@code west-germany}
 * @param people gold PEOPLE ids, e.g. {@code james-baker}
 */
public record ReutersStory(int newid, RawStory story, List<String> places, List<String> people) {

    public ReutersStory {
        Objects.requireNonNull(story, "story");
        places = List.copyOf(places);
        people = List.copyOf(people);
    }
}
