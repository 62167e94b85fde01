package io.dateline.enrich.tag;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the tool that derives {@code phoenix-people.tsv} and {@code phoenix-tenures.tsv} of the gazetteer from
 * the MIT-licensed PETRARCH2 actor dictionaries, run by hand when they change:
 * <pre>java -cp target/classes:target/test-classes io.dateline.enrich.tag.PhoenixConverter \
 *     ../../shared/data/petrarch2-dictionaries src/main/resources/io/dateline/enrich/gazetteer</pre>
 * Phoenix.Countries.actors.txt → every person entry (marked {@code # CountryInfo.txt}, or a named entry of two or
 * more words with a dated GOV or ELI code): the name in title case, the aliases that are names (titles stripped,
 * {@code PRESIDENT_PUTIN} dropped; a one-word alias only when the source lists it alone), the country, and one tenure
 * per dated code: {@code [RUSGOV 000507-080507]} → RUS, government, 2000-05-07, 2008-05-07. Phoenix.International
 * .actors.txt → the heads of international organisations ({@code # IGOrulers.txt}). Two-digit years up to 20 are read
 * as 20yy. Codes whose dates cannot be read or are out of order are dropped and counted; an entry repeating a person
 * of the same name and country adds its tenures to the first (its aliases are not kept).
 */
public final class PhoenixConverter {

    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3})([A-Z]*)\\s*([<>]?)\\s*(\\d*)(?:-(\\d+))?\\s*]");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der", "den",
            "du", "le", "la", "al", "el", "bin", "ibn", "bint", "dos", "das", "do", "ter", "ben", "y", "e");
    private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT",
            "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "FINANCE", "INTERIOR", "SECRETARY", "GENERAL",
            "FORMER", "EX", "LATE", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "GOV.", "GOVERNOR", "GOVENOR",
            "SENATOR", "SEN.", "REP.", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN", "AMBASSADOR", "AMB.",
            "CHANCELLOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "SHEIKH", "SHEIK", "EMIR", "AMIR", "SULTAN",
            "LEADER", "CHAIRMAN", "PREMIER", "DEPUTY", "ACTING", "SPEAKER", "MAYOR", "JUDGE", "JUSTICE", "CHIEF",
            "COMMANDER", "GEN.", "COL.", "LT.", "CAPTAIN", "CAPT.", "ADMIRAL", "ADM.", "AYATOLLAH", "GRAND",
            "SUPREME", "THE", "OF", "STATE", "UNDER", "UNDERSECRETARY", "PARTY", "SOVIET", "EX-SOVIET",
            "US", "U.S.", "AMERICAN", "OPPOSITION", "SPOKESMAN", "SPOKESWOMAN", "MARSHAL", "FIELD", "LORD",
            "PRESIDENTIAL", "CANDIDATE", "HEAD", "MILITARY", "STRONGMAN", "DICTATOR", "COLONEL", "BRIGADIER",
            "MAJOR", "GENERALISSIMO", "HIS", "HER", "MAJESTY", "HIGHNESS", "ROYAL", "SAINT", "POPE", "FATHER",
            "BISHOP", "ARCHBISHOP", "CARDINAL", "IMAM", "MULLAH", "HOJATOLESLAM", "SIR", "DAME", "KANZLER",
            "BUNDESKANZLER", "PRESIDENTE", "SENOR", "SHEIKHA", "CROWN-PRINCE", "EMPEROR", "MINISTER-PRESIDENT");
    private static final Set<String> NOT_A_NAME = Set.of("ADMINISTRATION", "GOVERNMENT", "CABINET", "REGIME",
            "FAMILY", "CAMP", "SUPPORTERS", "LOYALISTS", "FORCES", "ARMY", "PARTY", "OFFICE", "TEAM", "ERA", "JUNTA",
            "MINISTRY", "COUNCIL", "FOUNDATION", "ASSOCIATES", "AIDES", "GROUP");
    /** CAMEO sectors of a person → the role we show; sectors not here give no tenure. */
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("GOVBUS", "government (economy)"),
            Map.entry("GOVAGR", "government (agriculture)"), Map.entry("GOVMED", "government (media)"),
            Map.entry("GOVEDU", "government (education)"), Map.entry("GOVMIL", "government (defence)"),
            Map.entry("GOVHLH", "government (health)"), Map.entry("GOVDEV", "government (development)"),
            Map.entry("GOVJUD", "judiciary"), Map.entry("GOVLAB", "government (labour)"),
            Map.entry("GOVENV", "government (environment)"), Map.entry("GOVHRI", "government (human rights)"),
            Map.entry("GOVLEG", "legislature"), Map.entry("GOVREL", "government (religion)"),
            Map.entry("GOVCOP", "government (police)"), Map.entry("GOVREF", "government (refugees)"),
            Map.entry("GOVSPY", "intelligence"), Map.entry("SPY", "intelligence"), Map.entry("MIL", "military"),
            Map.entry("OPP", "opposition"), Map.entry("REB", "rebel"), Map.entry("ELI", ""));
    /** CAMEO codes that are not ISO 3166 alpha-3 → ours. */
    private static final Map<String, String> COUNTRY_CODES = Map.of("USR", "SUN", "TMP", "TLS", "KSV", "XKX",
            "FRY", "YUG", "ROM", "ROU", "ZAR", "COD", "BUR", "MMR");
    private static final Map<String, String> IGO_ROLES = Map.of("IGOEUREEC", "European Union",
            "IGOWSTNAT", "NATO", "IGOUNODEVWBK", "World Bank", "IGOUNO", "United Nations",
            "IGOBUSIMF", "International Monetary Fund");
    private static final Pattern OFFICE_COMMENT = Pattern.compile(
            "(?i)^(acting )?(president|prime minister|pm|chancellor|vice president|foreign minister|minister of [a-z ]+"
                    + "|[a-z]+ minister|king|queen|emir|sultan|premier|supreme leader|head of state"
                    + "|general secretary|secretary of [a-z ]+|secretary general)( of [A-Z][a-z]+( [A-Z][a-z]+)?)?$");

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final Set<String> countries = gazetteer.countries().keySet();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> people = new ArrayList<>();
    private final List<String> tenures = new ArrayList<>();
    private final Map<String, String> byNameAndCountry = new HashMap<>();
    private int droppedCodes;
    private int duplicates;

    private static final class Entry {
        private String name;
        private String comment = "";
        private final List<String> aliases = new ArrayList<>();
        private final List<String> singleAliases = new ArrayList<>();
        private final List<String> codes = new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        PhoenixConverter converter = new PhoenixConverter();
        converter.countriesFile(Files.readAllLines(in.resolve("Phoenix.Countries.actors.txt"), StandardCharsets.UTF_8));
        converter.internationalFile(Files.readAllLines(in.resolve("Phoenix.International.actors.txt"),
                StandardCharsets.UTF_8));
        converter.write(out);
    }

    private void countriesFile(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (String raw : lines) {
            String line = raw.replace("\uFFFD", "?");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("+")) {
                if (current != null) {
                    alias(current, line.substring(1));
                }
            } else if (Character.isWhitespace(line.charAt(0))) {
                if (current != null) {
                    current.codes.add(line.trim());
                }
            } else {
                String name = stripComment(line);
                if (current != null && current.codes.isEmpty() && !line.contains("CountryInfo")
                        && sharesLastWord(current.name, name)) {
                    alias(current, name);
                    continue;
                }
                current = new Entry();
                current.name = name.replaceAll("\\[.*", "").trim();
                current.comment = line.contains("#") ? line.substring(line.indexOf('#')) : "";
                Matcher sameLine = CODE.matcher(name);
                while (sameLine.find()) {
                    current.codes.add(sameLine.group());
                }
                entries.add(current);
            }
        }
        for (Entry entry : entries) {
            if (isPerson(entry)) {
                person(entry, null);
            }
        }
    }

    private void internationalFile(List<String> lines) {
        for (String line : lines) {
            if (!line.contains("IGOrulers") || line.startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            Entry entry = new Entry();
            int bracket = line.indexOf('[');
            entry.name = line.substring(0, bracket).trim();
            Matcher codes = CODE.matcher(line);
            while (codes.find()) {
                entry.codes.add(codes.group());
            }
            if (!entry.name.contains(",") && entry.name.contains("_") && !entry.name.contains("\t")) {
                person(entry, "IGO");
            }
        }
    }

    private static boolean isPerson(Entry entry) {
        if (entry.comment.contains("CountryInfo")) {
            return true;
        }
        if (words(entry.name).size() < 2) {
            return false;
        }
        boolean dated = false;
        for (String code : entry.codes) {
            Matcher m = CODE.matcher(code);
            if (!m.find()) {
                continue;
            }
            if (m.group(2).isEmpty() || !(m.group(2).startsWith("GOV") || m.group(2).equals("ELI"))) {
                return false;
            }
            dated |= !m.group(4).isEmpty();
        }
        return dated;
    }

    private void person(Entry entry, String international) {
        String name = titleCase(words(entry.name));
        if (name.isEmpty() || name.contains("?")) {
            return;
        }
        Map<String, Integer> countryVotes = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String code : entry.codes) {
            Matcher m = CODE.matcher(code);
            if (!m.find()) {
                continue;
            }
            String comment = code.contains("#") ? code.substring(code.indexOf('#') + 1).trim() : "";
            String[] tenure = tenure(m, comment, international != null);
            if (tenure != null) {
                rows.add(tenure);
                if (!tenure[0].isEmpty()) {
                    countryVotes.merge(tenure[0], 1, Integer::sum);
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String country = countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("");
        String same = byNameAndCountry.get(name + "\t" + country);
        String id = same != null ? same : uniqueId(name, country);
        Set<String> aliases = new LinkedHashSet<>();
        for (String alias : entry.aliases) {
            String cleaned = titleCase(words(alias));
            if (!cleaned.isEmpty() && !cleaned.equals(name) && !cleaned.contains("?")) {
                aliases.add(cleaned);
            }
        }
        for (String single : entry.singleAliases) {
            aliases.add(titleCase(List.of(single)));
        }
        if (same == null) {
            byNameAndCountry.put(name + "\t" + country, id);
            people.add(String.join("\t", id, name, aliases.isEmpty() ? "-" : String.join("|", aliases),
                    country.isEmpty() ? "-" : country));
        } else {
            duplicates++;
        }
        for (String[] row : rows) {
            tenures.add(String.join("\t", id, orDash(row[0]), orDash(row[1]), orDash(row[2]), orDash(row[3])));
        }
    }

    /** {country, role, from, to} of one code, or null when it says nothing we keep. */
    private String[] tenure(Matcher m, String comment, boolean international) {
        String prefix = m.group(1);
        String sector = m.group(2);
        String country;
        String role;
        if ("IGO".equals(prefix)) {
            role = IGO_ROLES.get(prefix + sector);
            if (role == null) {
                return null;
            }
            country = "";
        } else {
            country = COUNTRY_CODES.getOrDefault(prefix, prefix);
            role = SECTORS.get(sector);
            if (role == null || !countries.contains(country)) {
                return null;
            }
            if (!role.isEmpty() && OFFICE_COMMENT.matcher(comment).matches()) {
                role = comment.replaceAll("(?i)^pm$", "Prime Minister");
            }
        }
        if (m.group(4).isEmpty()) {
            // an undated code: the person's country whenever no dated code applies
            return new String[] {country, "", "", ""};
        }
        LocalDate first = date(m.group(4));
        LocalDate second = m.group(5) == null ? null : date(m.group(5));
        if (first == null || m.group(5) != null && second == null) {
            droppedCodes++;
            return null;
        }
        LocalDate from = ">".equals(m.group(3)) || m.group(3).isEmpty() ? first : null;
        LocalDate to = "<".equals(m.group(3)) ? first : second;
        if (from != null && to != null && to.isBefore(from)) {
            droppedCodes++;
            return null;
        }
        return new String[] {country, role, from == null ? "" : from.toString(), to == null ? "" : to.toString()};
    }

    private static String orDash(String field) {
        return field.isEmpty() ? "-" : field;
    }

    private static LocalDate date(String digits) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return LocalDate.of(yy <= 20 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                        Integer.parseInt(digits.substring(4, 6)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private void alias(Entry entry, String raw) {
        String text = stripComment(raw);
        List<String> words = words(text);
        if (words.isEmpty() || text.contains(",") || text.contains("(")) {
            return;
        }
        if (words.size() == 1) {
            if (!TITLE_WORDS.contains(words.get(0)) && !NOT_A_NAME.contains(words.get(0))) {
                entry.singleAliases.add(words.get(0));
            }
            return;
        }
        int start = 0;
        while (start < words.size() && isTitle(words.get(start))) {
            start++;
        }
        List<String> rest = words.subList(start, words.size());
        if (rest.size() < 2 || rest.stream().anyMatch(w -> NOT_A_NAME.contains(w) || isTitle(w))) {
            return;
        }
        entry.aliases.add(String.join("_", rest));
    }

    private boolean isTitle(String word) {
        if (TITLE_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
            return true;
        }
        String title = word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        return gazetteer.lookup(title).flatMap(Gazetteer.Name::entity).isPresent();
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }

    private static boolean sharesLastWord(String name, String line) {
        List<String> a = words(name);
        List<String> b = words(line.replaceAll("\\[.*", ""));
        return !a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(b.size() - 1));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.replaceAll("\\[.*", "").trim().split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** {@code [BASHAR, AL-ASSAD]} → {@code Bashar al-Assad}; initials, roman numerals and Mc kept as written. */
    static String titleCase(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && word.matches("[IVX]{2,4}") || word.matches("[A-Z]\\.")) {
                out.add(word);
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (String part : word.split("(?<=[-'])")) {
                String lower = part.toLowerCase(Locale.ROOT);
                String bare = lower.replaceAll("[-']$", "");
                boolean particle = i > 0 && i < words.size() - 1 && PARTICLES.contains(bare)
                        || i > 0 && part.endsWith("-") && PARTICLES.contains(bare);
                if (particle || bare.isEmpty()) {
                    b.append(lower);
                } else if (bare.startsWith("mc") && bare.length() > 3) {
                    b.append("Mc").append(Character.toUpperCase(lower.charAt(2))).append(lower.substring(3));
                } else {
                    b.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
                }
            }
            out.add(b.toString());
        }
        return String.join(" ", out).replace("Jr.", "Jr.").trim();
    }

    private String uniqueId(String name, String country) {
        String base = "person:" + Names.slug(name);
        if (!ids.containsKey(base)) {
            ids.put(base, 1);
            return base;
        }
        String withCountry = base + "-" + (country.isEmpty() ? "igo" : country.toLowerCase(Locale.ROOT));
        int n = ids.merge(withCountry, 1, Integer::sum);
        return n == 1 ? withCountry : withCountry + "-" + n;
    }

    private void write(Path folder) throws IOException {
        String notice = String.join("\n",
                "# Derived from the PETRARCH2 / Phoenix actor dictionaries (github.com/openeventdata/petrarch2,",
                "# Phoenix.Countries.actors.txt and Phoenix.International.actors.txt) by",
                "# enrich/src/test/java/io/dateline/enrich/tag/PhoenixConverter.java; do not edit by hand: fix the",
                "# converter or add rows to the hand-written files. See README.md.",
                "#",
                "# The MIT License (MIT)",
                "# Copyright (c) 2014 Open Event Data Alliance",
                "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
                "# associated documentation files (the \"Software\"), to deal in the Software without restriction,",
                "# including without limitation the rights to use, copy, modify, merge, publish, distribute,",
                "# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is",
                "# furnished to do so, subject to the following conditions:",
                "# The above copyright notice and this permission notice shall be included in all copies or",
                "# substantial portions of the Software.",
                "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT",
                "# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND",
                "# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,",
                "# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN",
                "# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
                "#");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("phoenix-people.tsv"),
                StandardCharsets.UTF_8))) {
            out.println(notice);
            out.println("# id\tname\taliases\tcountry");
            people.forEach(out::println);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(folder.resolve("phoenix-tenures.tsv"),
                StandardCharsets.UTF_8))) {
            out.println(notice);
            out.println("# person\tcountry\trole (- : no office, the person's country only)\tfrom\tto");
            tenures.forEach(out::println);
        }
        System.out.printf(Locale.ROOT, "%d people, %d tenures, %d codes dropped (unreadable or reversed dates), "
                + "%d repeated entries merged%n", people.size(), tenures.size(), droppedCodes, duplicates);
    }
}
