package dev.gan4j.core.inject;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigSubtype;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.NetworkTypes;
import dev.gan4j.core.tensor.Rng;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The families and network types installed: what {@link ServiceLoader} finds once at start-up,
 * outside Guice, from the {@code META-INF/services/dev.gan4j.core.spi.GanFamily} and
 * {@code META-INF/services/dev.gan4j.core.spi.NetworkType} entries of the jars on the classpath.
 *
 * <p>Start-up fails when two plugins claim one id (the message names the id and both classes,
 * with the jars they came from), when an id is not lower-case letters, digits and dashes, or when
 * a listed class cannot be created. Immutable.
 */
public final class FamilyDiscovery {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final SortedMap<String, GanFamily> families;
    private final SortedMap<String, NetworkType> networkTypes;

    private FamilyDiscovery(SortedMap<String, GanFamily> families, SortedMap<String, NetworkType> networkTypes) {
        this.families = Collections.unmodifiableSortedMap(families);
        this.networkTypes = Collections.unmodifiableSortedMap(networkTypes);
    }

    /**
     * Runs {@link ServiceLoader} for families and network types with {@code loader}.
     *
     * @throws IllegalStateException naming the id and both classes for a duplicate id, or the
     *                               provider that could not be loaded
     */
    public static FamilyDiscovery scan(ClassLoader loader) {
        return of(load(GanFamily.class, loader), load(NetworkType.class, loader));
    }

    /** {@link #scan(ClassLoader)} with the thread's context class loader (or this class's, when there is none). */
    public static FamilyDiscovery scanClasspath() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return scan(context != null ? context : FamilyDiscovery.class.getClassLoader());
    }

    /**
     * The given plugins, checked as discovered ones are (for tests and embedding without service files).
     *
     * @throws IllegalStateException naming the id and both classes for a duplicate id
     */
    public static FamilyDiscovery of(Collection<? extends GanFamily> families,
                                     Collection<? extends NetworkType> networkTypes) {
        return new FamilyDiscovery(byId(families, GanFamily::id, "family"),
                byId(networkTypes, NetworkType::id, "network type"));
    }

    /** The families by id, sorted by id. */
    public SortedMap<String, GanFamily> families() {
        return families;
    }

    /** The network types by id, sorted by id. */
    public SortedMap<String, NetworkType> networkTypes() {
        return networkTypes;
    }

    /** The network types as the registry a family builds from. */
    public NetworkTypes installedNetworkTypes() {
        return NetworkTypes.of(networkTypes.values());
    }

    /**
     * What a family's {@link GanFamily#build} receives for data like {@code data}: for tests and
     * applications that build a system themselves.
     */
    public BuildContext buildContext(DataSpec data, Rng initRng) {
        return new BuildContext(data, initRng, installedNetworkTypes());
    }

    /**
     * The family with this id.
     *
     * @throws IllegalArgumentException listing the installed ids when there is none
     */
    public GanFamily family(String id) {
        GanFamily family = families.get(id);
        if (family == null) {
            throw new IllegalArgumentException("No installed family has the id \"" + id + "\"; the installed families"
                    + " are " + known(families.keySet()) + ". Check the spelling, or put the plugin jar that provides"
                    + " it on the classpath.");
        }
        return family;
    }

    /**
     * The network type with this id.
     *
     * @throws IllegalArgumentException listing the installed ids when there is none
     */
    public NetworkType networkType(String id) {
        NetworkType type = networkTypes.get(id);
        if (type == null) {
            throw new IllegalArgumentException("No installed network type has the id \"" + id + "\"; the installed"
                    + " network types are " + known(networkTypes.keySet()) + ". Check the spelling, or put the plugin"
                    + " jar that provides it on the classpath.");
        }
        return type;
    }

    /** A config loader for these plugins, plus extra config subtypes (for use without Guice). */
    public ConfigLoader configLoader(Collection<ConfigSubtype> extraSubtypes) {
        return new ConfigLoader(families.values(), networkTypes.values(), extraSubtypes);
    }

    private static <T> List<T> load(Class<T> service, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        Iterator<T> providers = ServiceLoader.load(service, loader).iterator();
        try {
            while (providers.hasNext()) {
                found.add(providers.next());
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("A " + service.getSimpleName() + " plugin could not be loaded: "
                    + e.getMessage() + ". Check the META-INF/services/" + service.getName() + " files on the classpath:"
                    + " each line must name a public class with a public no-argument constructor.", e);
        }
        return found;
    }

    private static <T> SortedMap<String, T> byId(Collection<? extends T> plugins, Function<T, String> idOf,
                                                 String kind) {
        SortedMap<String, T> byId = new TreeMap<>();
        for (T plugin : plugins) {
            String id = idOf.apply(plugin);
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalStateException("The " + kind + " " + describe(plugin) + " has the id "
                        + (id == null ? "null" : "\"" + id + "\"") + ", but ids are lower-case letters, digits, dots,"
                        + " dashes and underscores, starting with a letter or digit (\"dcgan\", \"wgan-gp\").");
            }
            T previous = byId.putIfAbsent(id, plugin);
            if (previous != null) {
                throw new IllegalStateException("Two " + kind + " plugins have the id \"" + id + "\": "
                        + describe(previous) + " and " + describe(plugin) + ". Remove one of them from the classpath,"
                        + " or give one a different id.");
            }
        }
        return byId;
    }

    /** The class name, and the jar or directory it was loaded from when known. */
    private static String describe(Object plugin) {
        CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return plugin.getClass().getName() + (location == null ? "" : " (from " + location + ")");
    }

    private static String known(Collection<String> ids) {
        return ids.isEmpty() ? "none (no plugin jar is on the classpath)" : String.join(", ", ids);
    }
}
