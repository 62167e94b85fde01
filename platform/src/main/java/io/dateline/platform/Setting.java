package io.dateline.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One documented setting: its environment name (e.g. {@code DATELINE_BOOTSTRAP_SERVERS}), its default, what it means,
 * and how its text becomes a typed value. Reading a wrong value fails with a message that names the setting.
 * A setting whose name ends in {@code PASSWORD}, {@code TOKEN}, {@code SECRET} or {@code USER_INFO} is a
 * {@linkplain #secret() secret}: its value is never shown, and it may be given in a file named by {@code <NAME>_FILE}.
 *
 * @param name        environment variable name; in a properties file the same name or its dotted lower-case form
 * @param defaultText the default as text, or null when the setting has no default
 * @param description one line for the documentation
 * @param parser      text to value; throws IllegalArgumentException on bad text
 */
public record Setting<T>(String name, String defaultText, String description, Function<String, T> parser) {

    private static final Pattern SECRET_NAME = Pattern.compile("_(PASSWORD|TOKEN|SECRET|USER_INFO)$");
    /** Appended to a secret setting's name, it names a file that holds the value (Docker and Kubernetes secrets). */
    public static final String FILE_SUFFIX = "_FILE";

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parser, "parser");
    }

    public static Setting<String> string(String name, String defaultText, String description) {
        return new Setting<>(name, defaultText, description, Function.identity());
    }

    public static Setting<Integer> integer(String name, int defaultValue, int min, int max, String description) {
        return new Setting<>(name, Integer.toString(defaultValue), description, text -> {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return value;
        });
    }

    public static Setting<Boolean> bool(String name, boolean defaultValue, String description) {
        return new Setting<>(name, Boolean.toString(defaultValue), description, text -> {
            String value = text.trim().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new IllegalArgumentException("must be true or false");
            };
        });
    }

    /** A duration as ISO-8601 ({@code PT30S}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 5m}. */
    public static Setting<Duration> duration(String name, String defaultText, String description) {
        return new Setting<>(name, defaultText, description, Setting::parseDuration);
    }

    /** Whether the value is a secret (password, token, credentials): never logged, may come from a file. */
    public boolean secret() {
        return SECRET_NAME.matcher(name).find();
    }

    /** The variable naming a file with the value, e.g. {@code DATELINE_SINK_DB_PASSWORD_FILE}; secrets only. */
    public String fileName() {
        return name + FILE_SUFFIX;
    }

    /** Property-file form of the name: {@code DATELINE_BOOTSTRAP_SERVERS} becomes {@code dateline.bootstrap.servers}. */
    public String propertyName() {
        return name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1).trim());
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("must be a duration such as 500ms, 30s, 5m or PT30S");
        };
    }
}
