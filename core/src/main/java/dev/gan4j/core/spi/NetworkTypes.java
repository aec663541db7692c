package dev.gan4j.core.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The network types installed in this run, by id: what discovery found once at start-up (or what
 * a test or an embedding application gives). A family finds the type that builds a network config
 * here, through its {@link BuildContext}, never by a look-up of its own. Immutable.
 */
public final class NetworkTypes {
    private final SortedMap<String, NetworkType> byId;

    private NetworkTypes(SortedMap<String, NetworkType> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
    }

    /**
     * The given network types.
     *
     * @throws IllegalStateException naming both classes when two types share an id
     */
    public static NetworkTypes of(Collection<? extends NetworkType> types) {
        SortedMap<String, NetworkType> byId = new TreeMap<>();
        for (NetworkType type : types) {
            NetworkType previous = byId.putIfAbsent(type.id(), type);
            if (previous != null) {
                throw new IllegalStateException("Two network types have the id \"" + type.id() + "\": "
                        + previous.getClass().getName() + " and " + type.getClass().getName()
                        + "; give one a different id.");
            }
        }
        return new NetworkTypes(byId);
    }

    /** The network types by id, sorted by id. */
    public SortedMap<String, NetworkType> byId() {
        return byId;
    }

    /**
     * The network type whose config class is the class of {@code config}.
     *
     * @throws IllegalArgumentException naming the installed types when none builds this config
     */
    public NetworkType forConfig(NetworkConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("No network config was given; set \"network\": {\"type\": \"mlp\"} or "
                    + "another network type (installed: " + known() + ").");
        }
        for (NetworkType type : byId.values()) {
            if (type.configClass().equals(config.getClass())) {
                return type;
            }
        }
        throw new IllegalArgumentException("No installed network type builds a " + config.getClass().getName()
                + "; the installed types are " + known() + ". Put the jar that provides it on the class path with a"
                + " META-INF/services/" + NetworkType.class.getName() + " entry.");
    }

    /**
     * The installed type of {@code config}, which must build image-to-image translators.
     *
     * @param field the config field, for the message ({@code "cyclegan.generator"})
     * @throws IllegalArgumentException naming the installed translation types when it does not
     */
    public NetworkType translatorFor(NetworkConfig config, String field) {
        NetworkType type = forConfig(config);
        if (!type.buildsTranslators()) {
            throw new IllegalArgumentException(field + " is a " + type.id() + " network, which builds no image-to-image "
                    + "translators; the installed translation network types are " + String.join(", ",
                    byId.values().stream().filter(NetworkType::buildsTranslators).map(NetworkType::id).toList()) + ".");
        }
        return type;
    }

    private String known() {
        if (byId.isEmpty()) {
            return "none";
        }
        return String.join(", ", byId.values().stream()
                .map(t -> t.id() + " (" + t.configClass().getSimpleName() + ")").toList());
    }
}
