package io.dateline.ingest.plain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Text that is valid but is not wire copy -> the reason to skip it: files that archives and feeds carry next to their
 * stories (a README, a licence, a Markdown, TSV or DTD file) by their name, and lists or data (word lists, tables,
 * code) by their shape — most lines of a story are prose, most lines of a list are not. Only inputs with at least
 * {@value #MIN_LINES} non-blank lines are judged by their share of prose, and inputs of {@value #MIN_LIST_LINES} lines
 * or more without a single line of prose are lists; a short tabular story (an earnings table) is still taken.
 */
final class NotWireCopy {

    static final int MIN_LINES = 40;
    static final int MIN_LIST_LINES = 10;
    private static final int PROSE_WORDS = 5;
    private static final double MIN_PROSE_SHARE = 0.5;
    private static final Set<String> DATA_EXTENSIONS = Set.of("md", "markdown", "tsv", "csv", "dtd", "xsd",
            "properties", "yml", "yaml", "ini", "log", "sql", "py", "java", "sh");
    private static final List<String> DOCUMENT_NAMES = List.of("readme", "license", "licence", "notice", "copying",
            "changelog", "source.md");

    private NotWireCopy() {
    }

    /** Why {@code lines} read from {@code origin} are not a story, if they are not. */
    static Optional<String> reason(String origin, List<String> lines) {
        String name = fileName(origin).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && DATA_EXTENSIONS.contains(name.substring(dot + 1))) {
            return Optional.of("not wire copy: a ." + name.substring(dot + 1) + " file");
        }
        if (DOCUMENT_NAMES.stream().anyMatch(name::startsWith)) {
            return Optional.of("not wire copy: a documentation file (" + fileName(origin) + ")");
        }
        List<String> nonBlank = lines.stream().filter(line -> !line.isBlank()).toList();
        long prose = nonBlank.stream().filter(NotWireCopy::isProse).count();
        if (nonBlank.size() >= MIN_LINES && prose < MIN_PROSE_SHARE * nonBlank.size()
                || nonBlank.size() >= MIN_LIST_LINES && prose == 0) {
            return Optional.of("not wire copy: " + prose + " of " + nonBlank.size()
                    + " lines are prose (a list or data, not a story)");
        }
        return Optional.empty();
    }

    private static boolean isProse(String line) {
        int words = 0;
        for (String token : line.trim().split("\\s+")) {
            if (token.chars().filter(Character::isLetter).count() >= 2) {
                words++;
            }
        }
        return words >= PROSE_WORDS;
    }

    private static String fileName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return slash < 0 ? origin : origin.substring(slash + 1);
    }
}
