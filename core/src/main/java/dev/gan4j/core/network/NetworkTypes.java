package dev.gan4j.core.network;

import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkType;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the {@link NetworkType} that builds a given network config, among those registered with
 * {@link ServiceLoader} ({@code META-INF/services/dev.gan4j.core.spi.NetworkType}). A family calls
 * this once per build, so a network type from another jar works in any family.
 */
public final class NetworkTypes {
    private NetworkTypes() {
    }

    /**
     * The network type whose config class is the class of {@code config}.
     *
     * @throws IllegalArgumentException naming the registered types when none builds this config
     */
    public static NetworkType forConfig(NetworkConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("No network config was given; set \"network\": {\"type\": \"mlp\"} or "
                    + "another network type.");
        }
        List<String> known = new ArrayList<>();
        for (NetworkType type : ServiceLoader.load(NetworkType.class)) {
            if (type.configClass().equals(config.getClass())) {
                return type;
            }
            known.add(type.id() + " (" + type.configClass().getSimpleName() + ")");
        }
        throw new IllegalArgumentException("No registered network type builds a " + config.getClass().getName()
                + "; the registered types are " + (known.isEmpty() ? "none" : String.join(", ", known))
                + ". Put the jar that provides it on the class path with a META-INF/services/"
                + NetworkType.class.getName() + " entry.");
    }

    /**
     * The network type of {@code config}, which must build image-to-image translators.
     *
     * @param field the config field, for the message ({@code "family.generator"})
     * @throws IllegalArgumentException naming the registered translation types when it does not
     */
    public static NetworkType translatorFor(NetworkConfig config, String field) {
        NetworkType type = forConfig(config);
        if (!type.buildsTranslators()) {
            List<String> translators = new ArrayList<>();
            for (NetworkType t : ServiceLoader.load(NetworkType.class)) {
                if (t.buildsTranslators()) {
                    translators.add(t.id());
                }
            }
            throw new IllegalArgumentException(field + " is a " + type.id() + " network, which builds no image-to-image "
                    + "translators; the translation network types are " + String.join(", ", translators) + ".");
        }
        return type;
    }
}
