package io.dateline.enrich.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a capitalised name is a company's: a company word follows it, directly or after more of the name
 * ({@code Texaco Inc}, {@code Sears, Roebuck and Co}, {@code Morgan Stanley and Co Inc}), or a stock ticker in angle
 * brackets, as financial wires write it ({@code GUILFORD MILLS <GFD>}).
 */
final class OrgRule {

    private static final Set<String> COMPANY_WORDS = Set.of("Corp", "Corporation", "Inc", "Incorporated", "Co",
            "Cos", "Company", "Ltd", "Limited", "Plc", "PLC", "LLC", "LP", "AG", "SA", "NV", "BV", "SpA", "GmbH", "AB",
            "ASA", "Group", "Holdings", "Bancorp", "Bancshares", "Industries", "Enterprises", "CORP", "INC", "CO",
            "LTD", "GROUP", "HOLDINGS", "BANCORP", "INDUSTRIES");
    private static final Set<String> LINKS = Set.of(",", "and", "&", "AND", "of", "OF", "(", ")");
    private static final int REACH = 6;

    private OrgRule() {
    }

    /** Every company the text names; the first words of their names go into {@code companies}. */
    static List<Candidate> find(TokenView v, Lexicon lexicon, Set<String> companies) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            if (v.covering(i) != null || !Character.isUpperCase(v.word(i).charAt(0)) || !v.token(i).isWord()
                    || v.word(i).length() < 2) {
                i++;
                continue;
            }
            int runEnd = v.inCapitals(i) ? capitalsRunEnd(v, i, lexicon) : NameRun.end(v, i, lexicon);
            int end = runEnd > i ? companyEnd(v, runEnd, lexicon) : -1;
            if (end < 0) {
                i = Math.max(i + 1, runEnd);
                continue;
            }
            found.add(Candidate.organization(i, end));
            String first = v.word(i);
            companies.add(v.inCapitals(i) ? v.titleCase(i) : first);
            i = end;
        }
        return found;
    }

    /** The end of a run of uncovered words in capitals that are not company or stop words. */
    private static int capitalsRunEnd(TokenView v, int start, Lexicon lexicon) {
        int limit = v.sentenceEndOf(start);
        int k = start;
        while (k < limit && k - start < 5 && v.covering(k) == null && v.token(k).isWord()
                && v.isLetters(k) && !lexicon.isOrgWord(v.word(k)) && !lexicon.isStopWord(v.titleCase(k))) {
            k++;
        }
        return k;
    }

    /**
     * The end (exclusive) of the company whose name starts with the run {@code [start, runEnd)}, or -1 when no
     * company word or ticker follows within reach.
     */
    private static int companyEnd(TokenView v, int runEnd, Lexicon lexicon) {
        int limit = v.size() == 0 || runEnd >= v.size() ? runEnd : v.sentenceEndOf(runEnd);
        if (runEnd < limit && "<".equals(v.word(runEnd))) {
            return runEnd;
        }
        if (runEnd < limit && lexicon.isOrgWord(v.word(runEnd)) && Character.isUpperCase(v.word(runEnd).charAt(0))) {
            return afterAbbreviation(v, runEnd + 1, limit);
        }
        for (int k = runEnd; k < limit && k - runEnd < REACH; k++) {
            String word = v.word(k);
            if (COMPANY_WORDS.contains(word)) {
                return afterAbbreviation(v, k + 1, limit);
            }
            boolean nameWord = Character.isUpperCase(word.charAt(0)) && v.token(k).isWord();
            if (!nameWord && !LINKS.contains(word) && !"'".equals(word) && !"s".equals(word)) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code Co.}: the full stop of an abbreviation belongs to the name. */
    private static int afterAbbreviation(TokenView v, int k, int limit) {
        return k < limit && ".".equals(v.word(k)) && v.touches(k - 1, k) ? k + 1 : k;
    }
}
