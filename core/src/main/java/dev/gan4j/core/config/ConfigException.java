package dev.gan4j.core.config;

/**
 * A run config that cannot be used: a missing or malformed file, an unknown family or field, a
 * value of the wrong type, or a bad override. The message is a sentence that names the file, the
 * place in it and how to fix it, ready to show to the user as it is.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A config problem described by {@code message}. */
    public ConfigException(String message) {
        super(message);
    }

    /** A config problem described by {@code message}, caused by {@code cause}. */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
