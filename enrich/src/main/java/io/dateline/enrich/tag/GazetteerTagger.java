package io.dateline.enrich.tag;

import io.dateline.enrich.tag.Gazetteer.Name;
import io.dateline.enrich.text.StoryText;
import io.dateline.enrich.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Story text → mentions of the gazetteer's countries, cities, regions, organisations and people. Reads tokens left to right and
 * takes the longest gazetteer phrase that starts at each one ({@code Papua New Guinea} before {@code Guinea},
 * {@code New Mexico} before {@code Mexico}), case-sensitively, never across a sentence boundary; a stop phrase
 * ({@code French fries}) swallows its words and yields nothing. Sentences in capitals only also match title-case names.
 * A phrase never starts or ends inside a dotted abbreviation ({@code D.C.} is not in {@code M.D.C.}). A person's full
 * name or alias is a person ({@code Vladimir Putin}); namesakes are told apart by the story's date.
 */
public final class GazetteerTagger implements Tagger {

    private final PhraseTrie<Name> names;

    public GazetteerTagger(Gazetteer gazetteer) {
        this.names = Objects.requireNonNull(gazetteer, "gazetteer").names();
    }

    @Override
    public List<Match> tag(StoryText text, LocalDate date) {
        List<Token> tokens = text.tokens();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            // every phrase starts with a capital or a digit: a word in lower case starts none
            PhraseTrie.Hit<Name> hit = first.isWord() && !Character.isLowerCase(first.text().charAt(0))
                    && !continuesAbbreviation(tokens, i)
                    ? names.longestAt(tokens, i, text.isAllCaps(first.sentence())) : null;
            if (hit == null || abbreviationContinues(tokens, hit.end())) {
                i++;
                continue;
            }
            Name name = hit.value();
            Optional<KnownEntity> entity = name.resolve(date);
            if (entity.isPresent()) {
                int begin = first.begin();
                int end = tokens.get(hit.end() - 1).end();
                KnownEntity known = entity.get();
                matches.add(new Match(begin, end, text.text().substring(begin, end), known, name.form(),
                        known.countryAt(date), null));
            }
            i = hit.end();
        }
        return matches;
    }

    /** Whether token {@code i} is a letter inside a dotted abbreviation, as {@code D} in {@code M.D.C.}. */
    private static boolean continuesAbbreviation(List<Token> tokens, int i) {
        return i >= 2 && isDottedLetter(tokens, i - 2) && tokens.get(i).begin() == tokens.get(i - 1).end();
    }

    /** Whether a dotted abbreviation goes on at token {@code end}, as after {@code N.D.} in {@code A.N.D.A.}. */
    private static boolean abbreviationContinues(List<Token> tokens, int end) {
        return end >= 1 && ".".equals(tokens.get(end - 1).text()) && end + 1 < tokens.size()
                && tokens.get(end).begin() == tokens.get(end - 1).end() && isDottedLetter(tokens, end);
    }

    /** A single letter with a full stop right after it: tokens {@code i} and {@code i + 1}. */
    private static boolean isDottedLetter(List<Token> tokens, int i) {
        Token letter = tokens.get(i);
        Token dot = tokens.get(i + 1);
        return letter.text().length() == 1 && letter.isWord() && ".".equals(dot.text()) && dot.begin() == letter.end();
    }
}
