package io.dateline.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where settings come from: environment variables, over an optional properties file named by
 * {@code DATELINE_CONFIG_FILE}. Names are environment style ({@code DATELINE_SINK_DB_URL}); a properties file may use
 * that form or the dotted lower-case one ({@code dateline.sink.db.url}). A {@linkplain Setting#secret() secret}
 * setting may instead be given as {@code <NAME>_FILE}, the path of a file holding the value (the Docker and Kubernetes
 * secrets convention; one trailing line break is dropped); setting both is an error. Secret values never appear in
 * error messages.
 */
public final class ConfigSource {

    /** Names a properties file read before the environment. */
    public static final Setting<String> CONFIG_FILE = Setting.string("DATELINE_CONFIG_FILE", null,
            "A properties file with settings; environment variables override it.");

    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Settings from a plain map (tests, the command line) and nothing else. */
    public static ConfigSource of(Map<String, String> values) {
        return new ConfigSource(normalise(values));
    }

    /** Settings from the process environment over the file {@code DATELINE_CONFIG_FILE} names, if any. */
    public static ConfigSource fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Settings from {@code env} over the file its {@code DATELINE_CONFIG_FILE} names, if any. */
    public static ConfigSource fromEnvironment(Map<String, String> env) {
        Map<String, String> merged = new HashMap<>();
        String file = env.get(CONFIG_FILE.name());
        if (file != null && !file.isBlank()) {
            merged.putAll(normalise(readProperties(Path.of(file))));
        }
        merged.putAll(normalise(env));
        return new ConfigSource(merged);
    }

    /** This source with {@code overrides} on top. */
    public ConfigSource with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(normalise(overrides));
        return new ConfigSource(merged);
    }

    /** The typed value of {@code setting}, or its default; fails naming the setting when the text is wrong. */
    public <T> T get(Setting<T> setting) {
        String text = raw(setting).orElse(setting.defaultText());
        if (text == null) {
            throw new ConfigException(setting.name() + " is required: " + setting.description());
        }
        try {
            return setting.parser().apply(text);
        } catch (RuntimeException e) {
            throw new ConfigException(setting.secret() ? setting.name() + "='****' is invalid (the parser's message is"
                    + " not shown: it may quote the secret)" : setting.name() + "='" + text + "' is invalid: " + e.getMessage());
        }
    }

    /** The typed value of {@code setting} when it is set or has a default. */
    public <T> Optional<T> find(Setting<T> setting) {
        if (raw(setting).isEmpty() && setting.defaultText() == null) {
            return Optional.empty();
        }
        return Optional.of(get(setting));
    }

    /** Whether {@code setting} is given explicitly (not just defaulted). */
    public boolean isSet(Setting<?> setting) {
        return raw(setting).isPresent();
    }

    /** Every value whose name starts with {@code prefix}, keyed by the rest of the name. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.length() > prefix.length()) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    /** The text of {@code setting}: its variable, or for a secret the content of the file {@code <NAME>_FILE} names. */
    private Optional<String> raw(Setting<?> setting) {
        Optional<String> direct = raw(setting.name());
        Optional<String> file = setting.secret() ? raw(setting.fileName()) : Optional.empty();
        if (file.isEmpty()) {
            return direct;
        }
        if (direct.isPresent()) {
            throw new ConfigException(setting.name() + " and " + setting.fileName() + " are both set: set one of them");
        }
        return Optional.of(readSecret(setting.fileName(), Path.of(file.get().strip())));
    }

    private static String readSecret(String variable, Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(variable + "='" + file + "' cannot be read: " + e.getClass().getSimpleName());
        }
        String value = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        if (value.isBlank()) {
            throw new ConfigException(variable + "='" + file + "' names an empty file");
        }
        return value;
    }

    private Optional<String> raw(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Map<String, String> normalise(Map<?, ?> source) {
        Map<String, String> result = new HashMap<>();
        source.forEach((k, v) -> result.put(envName(String.valueOf(k)), String.valueOf(v)));
        return result;
    }

    private static String envName(String key) {
        return key.contains(".") ? key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') : key;
    }

    private static Map<Object, Object> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException(CONFIG_FILE.name() + "='" + file + "' cannot be read: " + e.getMessage());
        }
        return properties;
    }
}
