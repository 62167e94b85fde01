package io.dateline.platform;

/** A setting is missing or wrong. The message names the setting, so an operator can fix it at start. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
