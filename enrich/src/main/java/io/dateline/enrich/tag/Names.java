package io.dateline.enrich.tag;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling variants the gazetteer adds to the names it is given, so the data files need not list them: the name
 * without diacritics ({@code Côte d'Ivoire} → {@code Cote d'Ivoire}), {@code Saint} as {@code St.} and {@code St},
 * {@code and} as {@code &}, and the plural of a demonym ({@code Iranian} → {@code Iranians}). Also the slugs ids are
 * made of.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String SAINT = "Saint ";
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV", "3d", "2d", "Snr", "Jnr");

    private Names() {
    }

    /** {@code name} and its generated variants, the name itself first. */
    static Set<String> variants(String name) {
        if (isPlain(name)) {
            return Set.of(name);
        }
        Set<String> result = new LinkedHashSet<>();
        for (String base : List.of(name, foldDiacritics(name))) {
            result.add(base);
            if (base.startsWith(SAINT)) {
                String rest = base.substring(SAINT.length());
                result.add("St. " + rest);
                result.add("St " + rest);
            }
            if (base.contains(" and ")) {
                result.add(base.replace(" and ", " & "));
            }
        }
        return result;
    }

    /** ASCII, no {@code Saint}, no {@code and}: a name that has no variants. */
    private static boolean isPlain(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return false;
            }
        }
        return !name.startsWith(SAINT) && !name.contains(" and ");
    }

    /**
     * A person's name and its variants: those of {@link #variants}, and the same with lower-case particles capitalised
     * ({@code Bashar al-Assad} → {@code Bashar Al-Assad}, {@code Ursula von der Leyen} → {@code Ursula Von Der Leyen}).
     */
    static Set<String> personVariants(String name) {
        Set<String> result = new LinkedHashSet<>(variants(name));
        if (name.indexOf(' ') < 0 || !hasLowerCaseWord(name)) {
            return result;
        }
        StringBuilder capitalised = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = i == 0 || name.charAt(i - 1) == ' ';
            capitalised.append(wordStart ? Character.toUpperCase(c) : c);
        }
        if (!capitalised.toString().equals(name)) {
            result.addAll(variants(capitalised.toString()));
        }
        return result;
    }

    private static boolean hasLowerCaseWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if ((i == 0 || name.charAt(i - 1) == ' ') && Character.isLowerCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The surname among the words of a name: the last word that is not a suffix such as {@code Jr}, {@code III} or
     * {@code 3d}; null when there is none.
     */
    public static String surname(List<String> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (!SUFFIXES.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /**
     * The plural of a demonym, or null when it is its own plural: {@code Chinese}, {@code British}, {@code French},
     * {@code Swiss}, {@code Kyrgyz},
     * {@code Frenchman} take no s.
     */
    static String plural(String demonym) {
        for (String ending : List.of("ese", "ish", "ch", "sh", "ss", "x", "z", "s", "chman", "shman", "men")) {
            if (demonym.endsWith(ending)) {
                return null;
            }
        }
        return demonym + "s";
    }

    /** {@code name} without diacritics: {@code São Tomé} → {@code Sao Tome}. */
    static String foldDiacritics(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return name;
    }

    /** The id part made from a name: lower case ASCII words joined by dashes ({@code Quai d'Orsay} → quai-d-orsay). */
    public static String slug(String name) {
        String ascii = foldDiacritics(name).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-'); // a run of anything else is one dash, and none leads
            }
        }
        if (!slug.isEmpty() && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }
}
