package io.dateline.enrich.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
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

    private final Set<String> titles = anyCase(read("titles.txt"));
    private final Set<String> modifiers = anyCase(read("title-modifiers.txt"));
    private final Set<String> honorifics = read("honorifics.txt");
    private final Set<String> verbs = read("reporting-verbs.txt");
    private final Set<String> orgWords = read("org-words.txt");
    private final Set<String> stopWords = read("stop-words.txt");

    private Lexicon() {
    }

    /** The shipped word lists. */
    public static Lexicon standard() {
        return Standard.INSTANCE;
    }

    /** A word that heads a role, in lower case, title case or capitals: {@code minister}, {@code Spokesman}. */
    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    /** A word that qualifies a title, in lower case, title case or capitals: {@code Foreign}, {@code EXCHEQUER}. */
    public boolean isModifier(String word) {
        return modifiers.contains(word);
    }

    /** A word that stands before a name, as written: {@code Mr}, {@code Sheikh}, {@code Gen}. */
    public boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    /** A reporting verb, in lower case: {@code said}. */
    public boolean isReportingVerb(String word) {
        return verbs.contains(word);
    }

    /** A word that makes a name an organisation or a place: {@code Corp}, {@code Ministry}. */
    public boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    /** A capitalised word a name never starts with: {@code The}, {@code Officials}. */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** A month or a weekday, which ends a name: {@code President Reagan Tuesday}. */
    public boolean isMonthOrDay(String word) {
        return MONTHS_AND_DAYS.contains(word);
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
        return Collections.unmodifiableSet(words);
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
        return Collections.unmodifiableSet(all);
    }
}
