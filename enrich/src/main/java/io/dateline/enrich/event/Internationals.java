package io.dateline.enrich.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * International organisations and militarized non-state groups named in a sentence → the code and sector event data
 * give them: IGO or NGO for organisations without a country ({@code international-actors.tsv}, from the PETRARCH2
 * international actors dictionary: "Amnesty International", "Red Cross", "UNHCR"), the group's country and sector or
 * IMG for a group of no one country ({@code nonstate-actors.tsv}, from its militarized non-state actors dictionary:
 * "Shining Path" PER REB, "al-Qaeda" IMG). A name matches case-insensitively when its first word is capitalised in the
 * text (or is the article "al-"); a one-word name only as an acronym written in capitals. Immutable and thread-safe.
 */
final class Internationals {

    /** A name found at tokens {@code [first, last]}: its code (IGO, NGO, IMG or a country) and sector. */
    record Hit(int first, int last, String code, String sector) {
    }

    private record Name(String[] words, String code, String sector) {
    }

    private static final Internationals STANDARD = load();

    private final Map<String, List<Name>> byFirstWord;

    private Internationals(Map<String, List<Name>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static Internationals standard() {
        return STANDARD;
    }

    private static Internationals load() {
        Map<String, List<Name>> index = new HashMap<>();
        read("international-actors.tsv", index);
        read("nonstate-actors.tsv", index);
        return new Internationals(index);
    }

    /** Rows of code and name (the sector is the code), or of country, sector and name. */
    private static void read(String file, Map<String, List<Name>> index) {
        try (InputStream in = Internationals.class.getResourceAsStream("/io/dateline/enrich/event/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String[] words = VerbLexicon.tokens(cols[cols.length - 1]);
                if (words.length > 0) {
                    index.computeIfAbsent(words[0], k -> new ArrayList<>())
                            .add(new Name(words, cols[0], cols.length > 2 ? cols[1] : cols[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest name starting at token {@code at}, or null; {@code texts} as written, {@code lower} lower-cased. */
    Hit match(List<String> texts, List<String> lower, int at) {
        String first = texts.get(at);
        boolean article = first.equals("al") && at + 1 < lower.size() && lower.get(at + 1).equals("-");
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) && !article) {
            return null;                        // most tokens: no lookup
        }
        List<Name> names = byFirstWord.get(lower.get(at));
        if (names == null) {
            return null;
        }
        boolean acronym = first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT));
        Hit best = null;
        for (Name name : names) {
            String[] words = name.words();
            if (words.length == 1 && !acronym) {
                continue;
            }
            boolean all = at + words.length <= lower.size();
            for (int i = 0; all && i < words.length; i++) {
                all = lower.get(at + i).equals(words[i]);
            }
            if (all && (best == null || at + words.length - 1 > best.last())) {
                best = new Hit(at, at + words.length - 1, name.code(), name.sector());
            }
        }
        return best;
    }
}
