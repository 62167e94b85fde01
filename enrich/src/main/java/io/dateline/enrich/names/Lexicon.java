package io.dateline.enrich.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the name rules read, from {@code src/main/resources/io/dateline/enrich/rules/}: title words
 * ({@code spokesman}), their qualifiers ({@code Foreign}), honorifics ({@code Mr}), reporting verbs ({@code said}),
 * words that make a name an organisation or a place ({@code Corp}, {@code Ministry}) and capitalised words that are not
 * names ({@code The}, {@code Monday}). Loaded once; immutable.
 */
public final class Lexicon {

    private static final String FOLDER = "/io/dateline/enrich/rules/";
    private static final Set<String> MONTHS_AND_DAYS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private static final class Standard {
        private static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lists a word can be on; {@link #lists} keeps each word's as bits. */
    private enum Kind { TITLE, MODIFIER, HONORIFIC, REPORTING_VERB, ORG_WORD, STOP_WORD, MONTH_OR_DAY }

    /** Each listed word, as it is matched, → the bits of the lists it is on: one lookup answers any of them. */
    private final Map<String, Integer> lists = new HashMap<>();

    private Lexicon() {
        add(anyCase(read("titles.txt")), Kind.TITLE);
        add(anyCase(read("title-modifiers.txt")), Kind.MODIFIER);
        add(read("honorifics.txt"), Kind.HONORIFIC);
        add(read("reporting-verbs.txt"), Kind.REPORTING_VERB);
        add(read("org-words.txt"), Kind.ORG_WORD);
        add(read("stop-words.txt"), Kind.STOP_WORD);
        add(MONTHS_AND_DAYS, Kind.MONTH_OR_DAY);
    }

    /** The shipped word lists. */
    public static Lexicon standard() {
        return Standard.INSTANCE;
    }

    /** A word that heads a role, in lower case, title case or capitals: {@code minister}, {@code Spokesman}. */
    public boolean isTitle(String word) {
        return is(word, Kind.TITLE);
    }

    /** A word that qualifies a title, in lower case, title case or capitals: {@code Foreign}, {@code EXCHEQUER}. */
    public boolean isModifier(String word) {
        return is(word, Kind.MODIFIER);
    }

    /** A word that stands before a name, as written: {@code Mr}, {@code Sheikh}, {@code Gen}. */
    public boolean isHonorific(String word) {
        return is(word, Kind.HONORIFIC);
    }

    /** A reporting verb, in lower case: {@code said}. */
    public boolean isReportingVerb(String word) {
        return is(word, Kind.REPORTING_VERB);
    }

    /** A word that makes a name an organisation or a place: {@code Corp}, {@code Ministry}. */
    public boolean isOrgWord(String word) {
        return is(word, Kind.ORG_WORD);
    }

    /** A capitalised word a name never starts with: {@code The}, {@code Officials}. */
    public boolean isStopWord(String word) {
        return is(word, Kind.STOP_WORD);
    }

    /** A month or a weekday, which ends a name: {@code President Reagan Tuesday}. */
    public boolean isMonthOrDay(String word) {
        return is(word, Kind.MONTH_OR_DAY);
    }

    private boolean is(String word, Kind kind) {
        Integer bits = lists.get(word);
        return bits != null && (bits & 1 << kind.ordinal()) != 0;
    }

    private void add(Set<String> words, Kind kind) {
        for (String word : words) {
            lists.merge(word, 1 << kind.ordinal(), (a, b) -> a | b);
        }
    }

    private static Set<String> read(String file) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.trim();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Each word in lower case, title case and capitals, so that lookups need not change the case of the text. */
    private static Set<String> anyCase(Set<String> words) {
        Set<String> all = new HashSet<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            all.add(lower);
            all.add(lower.toUpperCase(Locale.ROOT));
            all.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return all;
    }
}
