package io.dateline.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The gazetteer's data files on the classpath → their rows. UTF-8, one row a line, tab-separated; {@code #} starts a
 * comment line; a list field separates its items with {@code |}; an empty field or {@code -} means none. Each row comes
 * with its origin ({@code file:line}) for error messages.
 */
final class TsvFiles {

    /** What handles one row. */
    interface RowHandler {
        void accept(String origin, String[] fields);
    }

    private final String folder;

    TsvFiles(String folder) {
        this.folder = folder;
    }

    /** Every row of {@code file}, padded or cut to {@code columns} trimmed fields. */
    void read(String file, int columns, RowHandler handler) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] split = line.split("\t", -1);
                String[] fields = split.length == columns ? split : Arrays.copyOf(split, columns);
                for (int i = 0; i < columns; i++) {
                    fields[i] = fields[i] == null ? "" : fields[i].trim();
                }
                handler.accept(file + ":" + number, fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder + file, e);
        }
    }

    /** The {@code version} of {@code gazetteer.properties}. */
    String version() {
        Properties properties = new Properties();
        try (InputStream in = open("gazetteer.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(folder + "gazetteer.properties has no version");
        }
        return version.trim();
    }

    private InputStream open(String file) {
        InputStream in = TsvFiles.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("Missing gazetteer file " + folder + file);
        }
        return in;
    }

    /** The items of a list field. */
    static List<String> list(String field) {
        if (orNull(field) == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>(4);
        int start = 0;
        while (start <= field.length()) {
            int bar = field.indexOf('|', start);
            int end = bar < 0 ? field.length() : bar;
            String item = field.substring(start, end).trim();
            if (!item.isEmpty()) {
                items.add(item);
            }
            start = end + 1;
        }
        return items;
    }

    /** The field, or null when it is empty or {@code -}. */
    static String orNull(String field) {
        return field == null || field.isEmpty() || "-".equals(field) ? null : field;
    }
}
