package io.dateline.enrich.event;

import java.util.HashMap;
import java.util.Map;

/**
 * CAMEO event code → PLOVER event type, quad class and Goldstein intensity. The PLOVER type follows the 2021
 * CAMEO-to-PLOVER table (with the PLOVER names of the issue: 02 and 10 DEMAND, 09 INVESTIGATE, 11 DISAPPROVE, 19 and
 * 20 FIGHT, 175 and 18 ASSAULT, 163, 17, 191 and 192 COERCE); 01 statements are no event. Quad classes are the
 * standard ones (01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material
 * conflict). Intensities are the published Goldstein values of the CAMEO codes as tabulated for GDELT, by the most
 * specific code known here, else the root.
 */
public final class Cameo {

    private static final Map<String, Double> GOLDSTEIN = Map.ofEntries(
            Map.entry("02", 3.0), Map.entry("03", 4.0), Map.entry("031", 5.2), Map.entry("036", 4.0),
            Map.entry("039", 5.0), Map.entry("04", 1.0), Map.entry("042", 1.9), Map.entry("043", 2.8),
            Map.entry("044", 2.5), Map.entry("045", 5.0), Map.entry("046", 7.0), Map.entry("05", 3.5),
            Map.entry("051", 3.4), Map.entry("053", 3.8), Map.entry("054", 6.0), Map.entry("055", 7.0),
            Map.entry("056", 7.0), Map.entry("057", 8.0), Map.entry("06", 6.0), Map.entry("061", 6.4),
            Map.entry("062", 7.4), Map.entry("063", 7.4), Map.entry("064", 7.0), Map.entry("07", 7.0),
            Map.entry("071", 7.4), Map.entry("072", 8.3), Map.entry("073", 7.4), Map.entry("074", 8.5),
            Map.entry("08", 5.0), Map.entry("084", 7.0), Map.entry("085", 7.0), Map.entry("086", 9.0),
            Map.entry("087", 9.0), Map.entry("09", -2.0), Map.entry("10", -5.0), Map.entry("11", -2.0),
            Map.entry("12", -4.0), Map.entry("125", -5.0), Map.entry("128", -5.0), Map.entry("129", -5.0),
            Map.entry("13", -4.4), Map.entry("131", -5.8), Map.entry("138", -7.0), Map.entry("139", -7.0),
            Map.entry("14", -6.5), Map.entry("144", -7.5), Map.entry("145", -7.5), Map.entry("15", -7.2),
            Map.entry("16", -4.0), Map.entry("162", -5.6), Map.entry("163", -8.0), Map.entry("164", -7.0),
            Map.entry("166", -7.0), Map.entry("17", -7.0), Map.entry("171", -9.2), Map.entry("172", -5.0),
            Map.entry("173", -5.0), Map.entry("174", -5.0), Map.entry("175", -9.0), Map.entry("18", -9.0),
            Map.entry("182", -9.5), Map.entry("183", -10.0), Map.entry("185", -8.0), Map.entry("186", -10.0),
            Map.entry("19", -10.0), Map.entry("191", -9.5), Map.entry("192", -9.5), Map.entry("196", -9.5),
            Map.entry("20", -10.0));

    private static final Map<String, String> PLOVER = readPlover();

    private Cameo() {
    }

    private static Map<String, String> readPlover() {
        Map<String, String> table = new HashMap<>();
        for (String[] cols : EventTables.rows("cameo-plover.tsv")) {
            table.put(cols[0], cols[1]);
        }
        return Map.copyOf(table);
    }

    /** The PLOVER type of a CAMEO code, or null for codes that are no event (01 statements) and what is no code. */
    public static String plover(String code) {
        if (code.length() < 2 || !Character.isDigit(code.charAt(0))) {
            return null;   // a support verb's "-", the dictionary's no-event "---"
        }
        for (int length = Math.min(code.length(), 4); length >= 3; length--) {
            String type = PLOVER.get(code.substring(0, length));
            if (type != null) {
                return type;
            }
        }
        String root = code.substring(0, 2);
        String three = code.length() >= 3 ? code.substring(0, 3) : root;
        switch (three) {
            case "163", "191", "192":
                return "COERCE";
            case "175":
                return "ASSAULT";
            case "084", "085", "086", "087":
                return "RETREAT";
            default:
                break;
        }
        return switch (root) {
            case "02", "10" -> "DEMAND";
            case "03" -> "AGREE";
            case "04" -> "CONSULT";
            case "05" -> "SUPPORT";
            case "06" -> "COOPERATE";
            case "07" -> "AID";
            case "08" -> "CONCEDE";
            case "09" -> "INVESTIGATE";
            case "11" -> "DISAPPROVE";
            case "12" -> "REJECT";
            case "13" -> "THREATEN";
            case "14" -> "PROTEST";
            case "15" -> "MOBILIZE";
            case "16" -> "SANCTION";
            case "17" -> "COERCE";
            case "18" -> "ASSAULT";
            case "19", "20" -> "FIGHT";
            default -> null;
        };
    }

    /** Quad class 1-4 of a CAMEO code. */
    public static int quad(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    /** Goldstein intensity of a CAMEO code: the most specific tabulated prefix. */
    public static double goldstein(String code) {
        for (int length = Math.min(code.length(), 3); length >= 2; length--) {
            Double value = GOLDSTEIN.get(code.substring(0, length));
            if (value != null) {
                return value;
            }
        }
        return 0.0;
    }

    /** Whether the code is cooperation (quad 1 or 2). */
    public static boolean cooperative(String code) {
        return quad(code) <= 2;
    }
}
