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
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final String SAINT = "Saint ";

    private Names() {
    }

    /** {@code name} and its generated variants, the name itself first. */
    static Set<String> variants(String name) {
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
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The id part made from a name: lower case ASCII words joined by dashes ({@code Quai d'Orsay} → quai-d-orsay). */
    static String slug(String name) {
        String ascii = foldDiacritics(name).toLowerCase(Locale.ROOT);
        String slug = NOT_ALNUM.matcher(ascii).replaceAll("-");
        int begin = slug.startsWith("-") ? 1 : 0;
        int end = slug.endsWith("-") ? slug.length() - 1 : slug.length();
        return slug.substring(begin, Math.max(begin, end));
    }
}
