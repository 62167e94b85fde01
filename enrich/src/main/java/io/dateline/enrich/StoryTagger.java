package io.dateline.enrich;

import io.dateline.enrich.names.Lexicon;
import io.dateline.enrich.names.PersonFinder;
import io.dateline.enrich.tag.Gazetteer;
import io.dateline.enrich.tag.GazetteerTagger;
import io.dateline.enrich.tag.Match;
import io.dateline.enrich.tag.Misspellings;
import io.dateline.enrich.tag.Tagger;
import io.dateline.enrich.text.StoryText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Story text and date → every mention: one pass of the gazetteer's phrase trie (places, organisations, people by full
 * name), country names misspelt by a letter, then the name rules for people and companies it does not hold, and the
 * further mentions of the people found. Immutable and thread-safe.
 */
public final class StoryTagger implements Tagger {

    private final GazetteerTagger gazetteer;
    private final Misspellings misspellings;
    private final PersonFinder people;

    public StoryTagger(Gazetteer gazetteer, Lexicon lexicon) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.gazetteer = new GazetteerTagger(gazetteer);
        this.misspellings = new Misspellings(gazetteer);
        this.people = new PersonFinder(gazetteer, Objects.requireNonNull(lexicon, "lexicon"));
    }

    @Override
    public List<Match> tag(StoryText text, LocalDate date) {
        List<Match> known = withMisspellings(text, gazetteer.tag(text, date));
        List<Match> found = people.find(text, known, date);
        if (found.isEmpty()) {
            return known;
        }
        List<Match> all = new ArrayList<>(known.size() + found.size());
        all.addAll(known);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Match::begin));
        return all;
    }

    private List<Match> withMisspellings(StoryText text, List<Match> known) {
        List<Match> misspelt = misspellings.find(text, known);
        if (misspelt.isEmpty()) {
            return known;
        }
        List<Match> all = new ArrayList<>(known);
        all.addAll(misspelt);
        all.sort(Comparator.comparingInt(Match::begin));
        return all;
    }
}
