package dev.gan4j.core.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ConfigSubtype;
import dev.gan4j.core.fakes.FakeGanFamily;
import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.fakes.FakePointsConfig;
import dev.gan4j.core.fakes.FakeVaeConfig;
import dev.gan4j.core.fakes.FakeVaeFamily;
import dev.gan4j.core.fakes.ImpostorGanFamily;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.NetworkType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Guice wiring of discovered plugins; each test is an edge that creates its own injector. */
class Gan4jCoreModuleTest {
    private static final FamilyDiscovery DISCOVERED =
            FamilyDiscovery.of(List.of(new FakeGanFamily()), List.of(new FakeNetworkType()));

    /** Stands in for a data plugin: registers the fake data source as an extra config subtype. */
    private static final class FakeDataModule extends AbstractModule {
        @Override
        protected void configure() {
            Multibinder.newSetBinder(binder(), ConfigSubtype.class).addBinding()
                    .toInstance(new ConfigSubtype("fake-points", FakePointsConfig.class));
        }
    }

    @Test
    void bindsDiscoveredFamiliesAndNetworkTypesByTheirIds() {
        Injector injector = Guice.createInjector(new Gan4jCoreModule(DISCOVERED));

        Map<String, GanFamily> families = injector.getInstance(Key.get(new TypeLiteral<Map<String, GanFamily>>() { }));
        Map<String, NetworkType> types = injector.getInstance(Key.get(new TypeLiteral<Map<String, NetworkType>>() { }));

        assertThat(families).containsOnlyKeys("fake-gan");
        assertThat(families.get("fake-gan")).isSameAs(DISCOVERED.family("fake-gan"));
        assertThat(types).containsOnlyKeys("fake-mlp");
    }

    @Test
    void providesOneConfigLoaderThatKnowsEveryBoundPlugin() {
        Injector injector = Guice.createInjector(new Gan4jCoreModule(DISCOVERED), new FakeDataModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        MapBinder.newMapBinder(binder(), String.class, GanFamily.class)
                                .addBinding("fake-vae").to(FakeVaeFamily.class);
                    }
                });

        ConfigLoader loader = injector.getInstance(ConfigLoader.class);

        assertThat(injector.getInstance(ConfigLoader.class)).isSameAs(loader);
        assertThat(loader.knownTypeIds(FamilyConfig.class)).containsExactly("fake-gan", "fake-vae");
        assertThat(loader.parse("""
                {"family": {"type": "fake-vae"}, "data": {"type": "fake-points"}}""", "run.json",
                ConfigOverrides.none()).config().family()).isEqualTo(new FakeVaeConfig(0, 0));
    }

    @Test
    void failsInjectorCreationWhenAnotherModuleBindsATakenFamilyId() {
        AbstractModule clash = new AbstractModule() {
            @Override
            protected void configure() {
                MapBinder.newMapBinder(binder(), String.class, GanFamily.class)
                        .addBinding("fake-gan").to(ImpostorGanFamily.class);
            }
        };

        assertThatThrownBy(() -> Guice.createInjector(new Gan4jCoreModule(DISCOVERED), clash)
                .getInstance(Key.get(new TypeLiteral<Map<String, GanFamily>>() { })))
                .isInstanceOfAny(CreationException.class, ProvisionException.class)
                .hasMessageContaining("fake-gan");
    }

    @Test
    void refusesAFamilyBoundUnderAKeyThatIsNotItsId() {
        Injector injector = Guice.createInjector(new Gan4jCoreModule(DISCOVERED), new AbstractModule() {
            @Override
            protected void configure() {
                MapBinder.newMapBinder(binder(), String.class, GanFamily.class)
                        .addBinding("vae").to(FakeVaeFamily.class);
            }
        });

        assertThatThrownBy(() -> injector.getInstance(ConfigLoader.class))
                .isInstanceOf(ProvisionException.class)
                .hasMessageContaining("is bound under \"vae\", but its id is \"fake-vae\"");
    }
}
