package dev.gan4j.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigSubtype;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.train.MetricsLog;
import dev.gan4j.core.train.NonFiniteGuard;
import dev.gan4j.core.train.SampleGrids;
import dev.gan4j.core.eval.TrainingEvaluation;
import dev.gan4j.core.report.ReportListener;
import dev.gan4j.core.train.TrainingListener;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Core's Guice bindings: the discovered plugins and what is built from them.
 *
 * <ul>
 *   <li>{@code Map<String, GanFamily>}: a {@link MapBinder} holding every discovered family by id.
 *       Another module can add a family with {@code MapBinder.newMapBinder(binder(), String.class,
 *       GanFamily.class).addBinding("my-gan").to(MyGan.class)}; a key bound twice fails injector
 *       creation.</li>
 *   <li>{@code Map<String, NetworkType>}: the same for network types.</li>
 *   <li>{@code Set<ConfigSubtype>}: a {@link Multibinder} for extra config records by name (data
 *       sources from a plugin, say); empty unless another module adds to it.</li>
 *   <li>{@link ConfigLoader}: one loader, built from the three above.</li>
 * </ul>
 *
 * <p>The module only binds: discovery ({@link FamilyDiscovery#scanClasspath()}) runs before it, at
 * the edge that creates the injector (the CLI's main, or an embedding application), so creating
 * the module has no side effects and it holds no conditional logic.
 *
 * <p>The trainer's listeners are a {@code Multibinder<TrainingListener>} (package
 * {@code dev.gan4j.core.train}), and this is the one place the standard set is defined: one
 * {@code listeners.addBinding().to(...)} per listener, in the order they run (the metrics file,
 * the sample pictures, the evaluation when the config asks for one, the report after the figures
 * it shows, and the NaN/Inf guard last, so the failing step's figures are logged and shown before
 * it stops the run). They are bound without a scope, so each run gets new listener instances.
 * Nothing in the set prints: the command line adds its console output in a module installed after
 * this one (so it runs after the evaluation it reports), and {@link dev.gan4j.core.Gan4j} uses the
 * set as it is.
 */
public final class Gan4jCoreModule extends AbstractModule {
    private final FamilyDiscovery discovered;

    /** Bindings for the plugins {@code discovered} holds. */
    public Gan4jCoreModule(FamilyDiscovery discovered) {
        this.discovered = Objects.requireNonNull(discovered, "discovered");
    }

    @Override
    protected void configure() {
        MapBinder<String, GanFamily> families = MapBinder.newMapBinder(binder(), String.class, GanFamily.class);
        discovered.families().forEach((id, family) -> families.addBinding(id).toInstance(family));
        MapBinder<String, NetworkType> networkTypes =
                MapBinder.newMapBinder(binder(), String.class, NetworkType.class);
        discovered.networkTypes().forEach((id, type) -> networkTypes.addBinding(id).toInstance(type));
        Multibinder.newSetBinder(binder(), ConfigSubtype.class);
        // Unscoped: each run gets fresh listeners, in binding order; users add their own with
        // Multibinder.newSetBinder(binder(), TrainingListener.class) in a module installed after this one.
        Multibinder<TrainingListener> listeners = Multibinder.newSetBinder(binder(), TrainingListener.class);
        listeners.addBinding().to(MetricsLog.class);
        listeners.addBinding().to(SampleGrids.class);
        listeners.addBinding().to(dev.gan4j.core.train.TranslationGrids.class);
        listeners.addBinding().to(TrainingEvaluation.class);
        listeners.addBinding().to(ReportListener.class);
        listeners.addBinding().to(NonFiniteGuard.class);
    }

    /**
     * The run-config loader for every bound family, network type and extra config subtype.
     *
     * @throws IllegalStateException when a plugin is bound under a key other than its own id
     */
    @Provides
    @Singleton
    ConfigLoader configLoader(Map<String, GanFamily> families, Map<String, NetworkType> networkTypes,
                              Set<ConfigSubtype> extraSubtypes) {
        families.forEach((key, family) -> requireKeyIsId(key, family.id(), family));
        networkTypes.forEach((key, type) -> requireKeyIsId(key, type.id(), type));
        return new ConfigLoader(families.values(), networkTypes.values(), extraSubtypes);
    }

    private static void requireKeyIsId(String key, String id, Object plugin) {
        if (!key.equals(id)) {
            throw new IllegalStateException("The plugin " + plugin.getClass().getName() + " is bound under \"" + key
                    + "\", but its id is \"" + id + "\"; bind it under its id so configs and the command line agree.");
        }
    }
}
