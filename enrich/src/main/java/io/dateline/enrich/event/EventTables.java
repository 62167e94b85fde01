package io.dateline.enrich.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The event coder's tab-separated tables on the classpath ({@code /io/dateline/enrich/event/}). */
final class EventTables {

    private EventTables() {
    }

    /** The rows of {@code file}, split at tabs; blank lines and {@code #} comments skipped. */
    static List<String[]> rows(String file) {
        try (InputStream in = EventTables.class.getResourceAsStream("/io/dateline/enrich/event/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
