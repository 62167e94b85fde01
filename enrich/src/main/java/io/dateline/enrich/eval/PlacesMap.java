package io.dateline.enrich.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reuters PLACES ids → ISO 3166 alpha-3 codes, from {@code places-iso3.tsv} (one {@code place<TAB>CODE} per line):
 * {@code usa} → USA, {@code ussr} → SUN. Places the file does not map (regions, oceans) are not scored.
 */
public final class PlacesMap {

    private final Map<String, String> codes;

    PlacesMap(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The mapping in {@code file}. */
    public static PlacesMap read(Path file) throws IOException {
        Map<String, String> codes = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2) {
                codes.put(fields[0], fields[1]);
            }
        }
        return new PlacesMap(codes);
    }

    /** The distinct codes of the places that have one, in order. */
    public Set<String> codes(List<String> places) {
        Set<String> result = new LinkedHashSet<>();
        for (String place : places) {
            String code = codes.get(place);
            if (code != null) {
                result.add(code);
            }
        }
        return result;
    }
}
