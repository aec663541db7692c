package dev.gan4j.core.config;

import java.util.Objects;

/**
 * A config record registered under a {@code "type"} name, for the polymorphic parts of a run config
 * that are not families or network types (data sources added by a plugin, say). Jackson picks the
 * base type ({@link dev.gan4j.core.data.DataConfig}, ...) from the interfaces the record implements.
 *
 * @param name the {@code "type"} value that selects the record
 * @param type the record class
 */
public record ConfigSubtype(String name, Class<?> type) {
    /** Checks both parts are there. */
    public ConfigSubtype {
        Objects.requireNonNull(type, "A config subtype needs a class.");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The config subtype " + type.getName()
                    + " needs a non-blank \"type\" name.");
        }
    }
}
