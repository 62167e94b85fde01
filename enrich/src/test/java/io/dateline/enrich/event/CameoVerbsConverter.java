package io.dateline.enrich.event;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the tool that derives {@code cameo-verbs.tsv}, {@code cameo-plover.tsv}, {@code agents.tsv},
 * {@code international-actors.tsv}, {@code nonstate-actors.tsv} and {@code country-actors.tsv} of the event coder
 * from the MIT-licensed PETRARCH2 dictionaries and the PLOVER conversion table, run by hand when they change (from
 * {@code enrich/}):
 * <pre>java -cp target/test-classes io.dateline.enrich.event.CameoVerbsConverter \
 *     ../../shared/data/petrarch2-dictionaries ../../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt \
 *     src/main/resources/io/dateline/enrich/event</pre>
 * CAMEO.2.0.txt → synonym sets ({@code &CURRENCY}: lower-case members, {@code _} read as a space), and per verb block
 * its verbs (lemma, the irregular forms the dictionary lists, the verb's own code or the block's, none for the blocks
 * of standing authority: {@link #STANDING}, and for verbs of leaving: {@link #DEPARTURES}) and its patterns
 * ({@code - * (TO BORDER) [154]}): the words after the verb as elements in order ({@code {A B}} stays one element,
 * {@code (P X)} becomes {@code p} and {@code x}) and the words before it ({@code - &MILITARY * (INTO)}: the
 * subject's words, which the coder looks for right before the verb), the source/target markers ({@code $ + ^ %})
 * dropped, and the verb the pattern was written for (its comment's first word of capitals, {@code # DEPLOY});
 * a source:target code keeps its first part ({@code [:173]} the second), and {@code [---]} stays "---", the
 * dictionary's word that what the pattern matches is no event ("killed in a training accident").
 * CAMEO2PLOVER-2021.txt → CAMEO code → PLOVER type, with the names of the gold data: ACCUSE is INVESTIGATE for 09
 * and DISAPPROVE for 11, REQUEST is DEMAND, the military engagements (19, 20) the 2021 table files under ASSAULT are
 * FIGHT, except ethnic cleansing (201, 203) and mass killing of civilians (202), an embargo, boycott or sanctions
 * imposed (163), which the table files under COERCE, is SANCTION, and a curfew or state of emergency eased (0813,
 * 0814), which it files under RETREAT, is CONCEDE as their parent 081 — both as the gold records code them.
 * Phoenix.agents.txt → the one-word agents of force ({@link #agents}); Phoenix.Countries.actors.txt → the
 * institutions, forces and groups of one country ({@link #countryActors}).
 * Phoenix.International.actors.txt → the names and aliases of intergovernmental and non-governmental organisations
 * (codes IGO..., NGO...) with IGO or NGO; entries with a dated code (office holders) and companies are left out.
 */
public final class CameoVerbsConverter {

    /** The code of a pattern that is no event. */
    private static final String NONE = "[---]";
    private static final Pattern CODE = Pattern.compile("\\[([0-9:]*[0-9]{2,4}[0-9:]*)]");
    /**
     * Blocks of verbs of standing authority ("govern", "rule", "lead", "control", "manage", "head"): what they report
     * is a state ("the army, which has ruled Myanmar since 2021", "producers, led by Brazil"), not an act, so the
     * block's code (060) is dropped; a verb's own code ("monitor" 090, "order" 100) and the patterns' codes stay.
     */
    private static final Set<String> STANDING = Set.of("OVERSEE_MANAGE");
    /**
     * Verbs of leaving in the block of going somewhere (040): bare, they report a departure or a result ("left for
     * home", "leaving 20 soldiers dead", "left homeless"), no meeting, so they take no block code; their patterns stay.
     */
    /**
     * Synonym set members that are part of a country's name, which would match in it: the leone of Sierra Leone
     * ("deployed troops in Sierra Leone" is no payment).
     */
    private static final Set<String> IN_COUNTRY_NAMES = Set.of("leone");
    private static final Set<String> DEPARTURES = Set.of("leave", "leave behind", "walk out", "pull out");
    private static final Pattern PARENTHESIS = Pattern.compile("(.*\\S)\\s*\\(\\s*([^)]*?)\\s*\\)");
    private static final Pattern AUTHOR = Pattern.compile("^\\s*([A-Z]{2,})\\b");
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^]]*)]");
    private static final String NOTICE = """
            # Derived for Dateline by io.dateline.enrich.event.CameoVerbsConverter (enrich/src/test) from the PETRARCH2
            # CAMEO verb dictionary CAMEO.2.0.txt (github.com/openeventdata/petrarch2, petrarch2/data/dictionaries),
            # which carries this notice:
            #
            # The MIT License (MIT)
            #
            # Copyright (c) 2015 Open Event Data Alliance
            #
            # Permission is hereby granted, free of charge, to any person obtaining a copy of
            # this software and associated documentation files (the "Software"), to deal in
            # the Software without restriction, including without limitation the rights to
            # use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
            # the Software, and to permit persons to whom the Software is furnished to do so,
            # subject to the following conditions:
            #
            # The above copyright notice and this permission notice shall be included in all
            # copies or substantial portions of the Software.
            #
            # THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
            # IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
            # FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
            # COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
            # IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
            # CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
            #
            """;

    private CameoVerbsConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path dictionaries = Path.of(args[0]);
        List<String> lines = Files.readAllLines(dictionaries.resolve("CAMEO.2.0.txt"), StandardCharsets.ISO_8859_1);
        Path out = Path.of(args[2]);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("cameo-verbs.tsv"),
                StandardCharsets.UTF_8))) {
            w.print(NOTICE);
            w.println("# Rows: s <tab> &SET <tab> members (|); v <tab> block <tab> verb <tab> code or - <tab> "
                    + "irregular forms (|) or -;");
            w.println("# p <tab> block <tab> code <tab> elements after the verb, in order, separated by ' ~ ' (a gap "
                    + "of a few words may come between them) or -");
            w.println("# <tab> the verb the pattern was written for (from its comment) or - <tab> elements before the "
                    + "verb (the subject's words) or -.");
            convert(lines, w);
        }
        actorTable(out.resolve("international-actors.tsv"), "international actors dictionary",
                List.of("# IGO or NGO <tab> name or alias, as the source writes it (upper case)."),
                w -> internationals(phoenix(dictionaries, "Phoenix.International.actors.txt"), w));
        actorTable(out.resolve("nonstate-actors.tsv"), "militarized non-state actors dictionary",
                List.of("# Country (ISO alpha-3, or IMG for a group of no one country) <tab> sector <tab> name or "
                        + "alias, as the source", "# writes it (upper case)."),
                w -> nonState(phoenix(dictionaries, "Phoenix.MilNonState.actors.txt"), w));
        actorTable(out.resolve("country-actors.tsv"), "country actors dictionary Phoenix.Countries.actors.txt",
                List.of("# Country (ISO alpha-3) <tab> sector <tab> name or alias of an institution, force or group, "
                        + "as the source writes it", "# (upper case)."),
                w -> countryActors(phoenix(dictionaries, "Phoenix.Countries.actors.txt"), w));
        actorTable(out.resolve("agents.tsv"), "agents dictionary Phoenix.agents.txt",
                List.of("# Lower-case noun <tab> sector: the one-word agents of armed, police, intelligence and "
                        + "criminal sectors, with", "# their plurals; the event coder's own Agents table comes first."),
                w -> agents(phoenix(dictionaries, "Phoenix.agents.txt"))
                        .forEach((noun, sector) -> w.println(noun + "\t" + sector)));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("cameo-plover.tsv"),
                StandardCharsets.UTF_8))) {
            w.println("# Derived for Dateline by io.dateline.enrich.event.CameoVerbsConverter from the PLOVER "
                    + "project's");
            w.println("# CAMEO2PLOVER-2021.txt (github.com/openeventdata/PLOVER, CC BY-SA 4.0, Open Event Data "
                    + "Alliance), with the");
            w.println("# type names of the PLOVER gold records: ACCUSE -> INVESTIGATE (09) / DISAPPROVE (11), "
                    + "REQUEST -> DEMAND, 19/20 ASSAULT -> FIGHT");
            w.println("# (but 201-203 ASSAULT), 163 COERCE -> SANCTION, 0813/0814 RETREAT -> CONCEDE. "
                    + "CAMEO code <tab> PLOVER type.");
            for (Map.Entry<String, String> e : plover(Files.readAllLines(Path.of(args[1]),
                    StandardCharsets.UTF_8)).entrySet()) {
                w.println(e.getKey() + "\t" + e.getValue());
            }
        }
    }

    /** Writes a table derived from a Phoenix dictionary (MIT, 2014): the notice, the header lines, the rows. */
    private static void actorTable(Path file, String dictionary, List<String> header, Consumer<PrintWriter> rows)
            throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print(NOTICE.replace("CAMEO verb dictionary CAMEO.2.0.txt", dictionary)
                    .replace("# Copyright (c) 2015", "# Copyright (c) 2014"));
            header.forEach(w::println);
            rows.accept(w);
        }
    }

    private static List<String> phoenix(Path dictionaries, String file) {
        try {
            return Files.readAllLines(dictionaries.resolve(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void internationals(List<String> lines, PrintWriter w) {
        undatedNames(lines, code -> code.startsWith("IGO") || code.startsWith("NGO"))
                .forEach((name, code) -> w.println(code.substring(0, 3) + "\t" + name));
    }

    private static final Map<String, String> CAMEO_COUNTRIES = Map.of("ANG", "AGO", "USR", "SUN", "TMP", "TLS",
            "KSV", "XKX", "FRY", "YUG");

    /**
     * Phoenix.MilNonState.actors.txt → undated group names and aliases with their country (the code's first three
     * letters when they are an ISO alpha-3 code or CAMEO's own for one, ANG for Angola; for a group of a region such
     * as WAF or MEA, the country its name names, if any; else IMG, as event data code international militarized
     * groups) and sector (the next three letters when they
     * name one, else REB).
     */
    private static void nonState(List<String> lines, PrintWriter w) {
        // CAMEO's own country codes where they are not ISO alpha-3 ("UNITA" is ANGREB: Angola)
        Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        Set<String> sectors = Set.of("REB", "MIL", "GOV", "OPP", "CVL", "COP", "SPY", "UAF", "PTY", "CRM");
        Map<String, String> named = countryWords();
        BinaryOperator<String> regional = (name, code) -> REGIONS.contains(code.substring(0, 3))
                ? countryIn(name, named) + code.substring(3) : code;
        undatedNames(lines, code -> true, regional).forEach((name, code) -> {
            String cameo = CAMEO_COUNTRIES.getOrDefault(code.substring(0, 3), code.substring(0, 3));
            String country = countries.contains(cameo) ? cameo : "IMG";
            String sector = code.length() >= 6 && sectors.contains(code.substring(3, 6)) ? code.substring(3, 6) : "REB";
            w.println(country + "\t" + sector + "\t" + name);
        });
    }

    /** CAMEO's codes of regions (West Africa, Middle East, South Asia ...), for groups of one region. */
    private static final Set<String> REGIONS = Set.of("AFR", "ASA", "CAF", "CAS", "CFR", "EAF", "EEU", "EUR", "LAM",
            "MEA", "NAF", "SAF", "SAM", "SAS", "SEA", "WAF", "WEU");

    /**
     * The country a regional group's name names ("PALESTINIAN ISLAMIC JIHAD" PSE, "ERITREAN LIBERATION FRONT" ERI,
     * "COMMUNIST PARTY OF NEPAL-MAOIST" NPL), as a name, alias or demonym of the gazetteer's countries, when it names
     * one only; else IMG.
     */
    private static String countryIn(String name, Map<String, String> named) {
        String words = (" " + name.replace('_', ' ').replace('-', ' ').replace('(', ' ').replace(')', ' ') + " ")
                .replaceAll(" (LATIN|SOUTH|CENTRAL|NORTH) AMERICAN ", " ");
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : named.entrySet()) {
            if (words.contains(" " + e.getKey() + " ")) {
                found.add(e.getValue());
            }
        }
        return found.size() == 1 ? found.iterator().next() : "IMG";   // "SYRIA AND EGYPT": no one country
    }

    /** The gazetteer's countries: upper-case name, alias and demonym → ISO alpha-3 (of ISO 3166-1 countries). */
    private static Map<String, String> countryWords() {
        Map<String, String> named = new LinkedHashMap<>();
        try (var in = CameoVerbsConverter.class.getResourceAsStream("/io/dateline/enrich/gazetteer/countries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length < 6 || !cols[2].equals("iso")) {
                    continue;
                }
                for (int col : new int[] {3, 4, 5}) {
                    for (String word : cols[col].split("\\|")) {
                        if (!word.equals("-")) {
                            named.putIfAbsent(word.toUpperCase(Locale.ROOT), cols[0]);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }

    /**
     * Phoenix.Countries.actors.txt → undated institutions, forces and groups of one country with their aliases
     * ("KURDISTAN REGIONAL GOVERNMENT" IRQ GOV, "PESHMERGA" IRQ MIL, "FREE SYRIAN ARMY" SYR REB): codes of a country
     * and a sector of SECTORS; the countries themselves (code of three letters) are the gazetteer's, and office holders
     * (dated codes) are people's.
     */
    private static void countryActors(List<String> lines, PrintWriter w) {
        Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        Set<String> sectors = Set.of("GOV", "MIL", "COP", "REB", "OPP", "SPY", "JUD", "LEG", "MED", "CVL");
        undatedNames(lines, code -> code.length() >= 6 && countries.contains(code.substring(0, 3))
                && sectors.contains(code.substring(3, 6)))
                .forEach((name, code) -> w.println(String.join("\t", code.substring(0, 3), code.substring(3, 6),
                        name)));
    }

    /**
     * Phoenix.agents.txt → the one-word agents ({@code GUNMAN {} [~UAF]}) whose code starts with a sector of force —
     * MIL, REB, UAF (unidentified armed forces), COP, SPY, CRM (criminals) — with the first three letters of the code
     * as sector, and their plural: the one in braces, none for {@code {}}, else the regular one PETRARCH forms
     * (-ies, -es, -men, -s). Other sectors (business, labour, farming, religion, civilians) name actors of news that
     * reports no political event as often as of news that does, and are left out, as are a few words more often
     * something else: an abstract noun ("uprising", "insurgency"), an institution ("prison", "barracks") or a word of
     * another sense ("carrier", "deputy", "intelligence", "naval").
     */
    static Map<String, String> agents(List<String> lines) {
        Pattern entry = Pattern.compile("^([A-Z][A-Z'-]*)\\s*(?:\\{([^}]*)})?\\s*\\[~([A-Z]{3})[A-Z]*]");
        Set<String> sectors = Set.of("MIL", "REB", "UAF", "COP", "SPY", "CRM");
        Set<String> other = Set.of("carrier", "deputy", "intelligence", "prison", "naval", "echelon", "convict",
                "revolt", "rebellion", "uprising", "insurgency", "insurgence", "barracks", "phalanx");
        Map<String, String> agents = new TreeMap<>();
        for (String line : lines) {
            Matcher m = entry.matcher(line.split("#", 2)[0].trim());
            if (!m.find() || !sectors.contains(m.group(3))) {
                continue;
            }
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (other.contains(noun)) {
                continue;
            }
            agents.putIfAbsent(noun, m.group(3));
            String plural = m.group(2) == null ? plural(noun) : m.group(2).trim().toLowerCase(Locale.ROOT);
            if (!plural.isEmpty()) {
                agents.putIfAbsent(plural, m.group(3));
            }
        }
        return agents;
    }

    private static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("men")) {
            return "";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("man")) {
            return noun.substring(0, noun.length() - 3) + "men";
        }
        return noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh") ? noun + "es" : noun + "s";
    }

    /**
     * The names and aliases ({@code +NAME} lines) of the entries whose one code is undated and {@code wanted}, upper
     * case with spaces for {@code _}, without a leading "THE" → the code. An alias may come before the code line or
     * after a code on the entry's own line ({@code PALESTINE_LIBERATION_ORGANIZATION [PSEREB]}, then {@code +PLO}).
     */
    private static Map<String, String> undatedNames(List<String> lines, Predicate<String> wanted) {
        return undatedNames(lines, wanted, (name, code) -> code);
    }

    /**
     * As {@link #undatedNames(List, Predicate)}, each entry's code first passed with the entry's first name through
     * {@code recode}, so that its aliases ("RUF", "RENAMO") are coded as it is.
     */
    private static Map<String, String> undatedNames(List<String> lines, Predicate<String> wanted,
                                                    BinaryOperator<String> recode) {
        Pattern code = Pattern.compile("\\[([A-Z]{3,})([^]]*)]");
        List<String> names = new ArrayList<>();
        String entryCode = null;
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String body = line.split("#")[0];
            if (!line.startsWith("+") && !Character.isWhitespace(line.charAt(0))) {
                names = new ArrayList<>();
                entryCode = null;
            }
            String name = body.replaceAll("\\[.*", "").replace("+", "").strip();
            Matcher m = code.matcher(body);
            boolean coded = m.find();
            if (!name.isEmpty() && entryCode != null && line.startsWith("+") && !coded) {
                putName(out, name, entryCode);
                continue;
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
            if (coded) {
                boolean dated = m.group(2).matches(".*\\d.*") || body.indexOf('[', m.end()) >= 0;
                String first = names.isEmpty() ? name : names.get(0);
                entryCode = !dated && wanted.test(m.group(1)) ? recode.apply(first, m.group(1)) : null;
                if (entryCode != null) {
                    for (String n : names) {
                        putName(out, n, entryCode);
                    }
                }
                names = new ArrayList<>();
            }
        }
        return out;
    }

    /**
     * A name as text would carry it. A parenthesis at its end is not read in text: the name is put without it, and
     * an acronym in it as a name of its own ("LIBERATION TIGERS OF TAMIL EELAM (LTTE)", "BASQUE FATHERLAND AND
     * FREEDOM (ETA)"); a qualifier ("DIRECT ACTION (GREECE)") is dropped.
     */
    private static void putName(Map<String, String> out, String name, String code) {
        String words = name.replace('_', ' ').replaceAll("\\s+", " ").strip().replaceFirst("^THE ", "");
        Matcher parenthesis = PARENTHESIS.matcher(words);
        if (parenthesis.matches()) {
            putName(out, parenthesis.group(1), code);
            if (parenthesis.group(2).matches("[A-Z][A-Z0-9-]+")) {
                putName(out, parenthesis.group(2), code);
            }
            return;
        }
        if (words.length() >= 3 && !words.matches(".*[a-z].*")) {
            out.putIfAbsent(words, code);
        }
    }

    static Map<String, String> plover(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");
        for (String line : lines) {
            Matcher m = row.matcher(line);
            if (!m.find() || m.group(1).length() == 2) {
                continue;
            }
            String code = m.group(1);
            String type = switch (m.group(2)) {
                case "ACCUSE" -> code.startsWith("09") ? "INVESTIGATE" : "DISAPPROVE";
                case "REQUEST" -> "DEMAND";
                default -> m.group(2);
            };
            if (type.equals("ASSAULT") && (code.startsWith("19") || code.startsWith("20"))
                    && !Set.of("201", "202", "203").contains(code)) {
                type = "FIGHT";
            }
            if (code.equals("163")) {
                type = "SANCTION";   // the one code of category 16 the table files elsewhere; the gold has SANCTION
            }
            if (code.equals("0813") || code.equals("0814")) {
                type = "CONCEDE";    // curfews, emergencies eased: children of 081 (CONCEDE), as the gold codes them
            }
            out.putIfAbsent(code, type);
        }
        return out;
    }

    private static void convert(List<String> lines, PrintWriter w) {
        boolean verbs = false;
        String set = null;
        List<String> members = new ArrayList<>();
        String block = null;
        String blockCode = null;
        Set<String> blocks = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.replace('\t', ' ');
            if (line.startsWith("####### VERB PATTERNS")) {
                flushSet(w, set, members);
                set = null;
                verbs = true;
                continue;
            }
            if (!verbs) {
                if (line.startsWith("&")) {
                    flushSet(w, set, members);
                    set = line.strip().split("\\s+")[0];
                    members = new ArrayList<>();
                } else if (set != null && line.startsWith("+")) {
                    String member = words(line.substring(1).split("#")[0].strip().split("\\s+")[0]);
                    if (!IN_COUNTRY_NAMES.contains(member)) {
                        members.add(member);
                    }
                }
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.find()) {
                block = header.group(1);
                int n = 2;
                while (!blocks.add(block)) {
                    block = header.group(1) + n++;
                }
                blockCode = STANDING.contains(header.group(1)) ? null : code(header.group(2));
                continue;
            }
            if (block == null || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String body = line.split("#")[0];
            if (line.startsWith("-")) {
                pattern(w, block, body.substring(1), author(line));
            } else {
                verb(w, block, blockCode, body);
            }
        }
    }

    private static void flushSet(PrintWriter w, String set, List<String> members) {
        if (set != null && !members.isEmpty()) {
            w.println("s\t" + set + "\t" + String.join("|", new LinkedHashSet<>(members)));
        }
    }

    private static void verb(PrintWriter w, String block, String blockCode, String body) {
        Matcher code = CODE.matcher(body);
        String own = code.find() ? code(code.group(1)) : null;
        String rest = body.replaceAll("\\[[^]]*]", " ");
        String forms = "-";
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            int close = rest.indexOf('}', brace);
            List<String> list = new ArrayList<>();
            for (String form : rest.substring(brace + 1, close < 0 ? rest.length() : close).replace(',', ' ').strip()
                    .split("\\s+")) {
                if (!form.isBlank()) {
                    list.add(words(form.replace("+", "")));
                }
            }
            forms = list.isEmpty() ? "-" : String.join("|", list);
            rest = rest.substring(0, brace);
        }
        String lemma = rest.strip().replace("+", "");
        if (lemma.isEmpty() || lemma.contains(" ")) {
            return;
        }
        String verbCode = own != null ? own
                : block.equals("GO_SOMEWHERE") && DEPARTURES.contains(words(lemma)) ? null : blockCode;
        w.println("v\t" + block + "\t" + words(lemma) + "\t" + (verbCode == null ? "-" : verbCode) + "\t" + forms);
    }

    /**
     * The verb a pattern was written for, lower case, from its comment ({@code [154]  # DEPLOY}; the first word of
     * capitals), or "-": in a block of synonyms ("send", "deploy", "ship") it tells which verb the code fits.
     */
    private static String author(String line) {
        int hash = line.indexOf('#');
        Matcher verb = AUTHOR.matcher(hash < 0 ? "" : line.substring(hash + 1));
        return verb.find() ? verb.group(1).toLowerCase(Locale.ROOT) : "-";
    }

    private static void pattern(PrintWriter w, String block, String body, String author) {
        Matcher code = CODE.matcher(body);
        int none = body.indexOf(NONE);
        String cameo;
        String text;
        if (code.find()) {
            cameo = code(code.group(1));
            text = body.substring(0, code.start());
        } else if (none >= 0) {
            cameo = "---";   // "- * (IN TRAINING ACCIDENT) [---]": the dictionary's word that this is no event
            text = body.substring(0, none);
        } else {
            return;
        }
        int star = text.indexOf('*');
        if (cameo == null || star < 0) {
            return;
        }
        List<String> elements = elements(text.substring(star + 1));
        List<String> before = elements(text.substring(0, star));
        if (!elements.isEmpty() || !before.isEmpty()) {
            w.println("p\t" + block + "\t" + cameo + "\t" + (elements.isEmpty() ? "-" : String.join(" ~ ", elements))
                    + "\t" + author + "\t" + (before.isEmpty() ? "-" : String.join(" ~ ", before)));
        }
    }

    /** A pattern's side of the verb → its elements in order ({@code {A B}} one element, markers dropped). */
    private static List<String> elements(String side) {
        List<String> elements = new ArrayList<>();
        StringBuilder group = null;
        for (String token : side.replace("(", " ( ").replace(")", " ) ").replace("{", " { ")
                .replace("}", " } ").strip().split("\\s+")) {
            if (token.isEmpty() || token.equals("(") || token.equals(")") || Set.of("$", "+", "^", "%")
                    .contains(token)) {
                continue;
            }
            if (token.equals("{")) {
                group = new StringBuilder();
            } else if (token.equals("}")) {
                if (group != null && !group.isEmpty()) {
                    elements.add(group.toString().strip());
                }
                group = null;
            } else {
                String word = token.replaceAll("^[$+^%]+|[$+^%]+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                word = word.startsWith("&") ? word : words(word);
                if (group != null) {
                    group.append(word).append(' ');
                } else {
                    elements.add(word);
                }
            }
        }
        return elements;
    }

    /** {@code 042:043} → 042, {@code :173} → 173, {@code ---} → null. */
    private static String code(String raw) {
        String s = raw.strip();
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = colon == 0 ? s.substring(1) : s.substring(0, colon);
        }
        s = s.replaceAll("[^0-9]", "");
        return s.length() >= 2 && s.length() <= 4 ? s : null;
    }

    private static String words(String token) {
        return token.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
