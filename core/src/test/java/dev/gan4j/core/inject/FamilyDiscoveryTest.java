package dev.gan4j.core.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.fakes.FakeGanConfig;
import dev.gan4j.core.fakes.FakeGanFamily;
import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.fakes.FakeVaeFamily;
import dev.gan4j.core.fakes.ImpostorGanFamily;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ServiceLoader discovery of families and network types. The service files are written to a
 * temporary directory and read through a class loader of their own, so core's test-jar carries no
 * service file that would show the fakes to other modules.
 */
class FamilyDiscoveryTest {
    private static URLClassLoader pluginLoader(Path dir, List<Class<?>> families, List<Class<?>> networkTypes)
            throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.write(services.resolve(GanFamily.class.getName()), families.stream().map(Class::getName).toList());
        Files.write(services.resolve(NetworkType.class.getName()), networkTypes.stream().map(Class::getName).toList());
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, FamilyDiscoveryTest.class.getClassLoader());
    }

    @Test
    void findsFamiliesAndNetworkTypesThroughTheirServiceFiles(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = pluginLoader(dir, List.of(FakeVaeFamily.class, FakeGanFamily.class),
                List.of(FakeNetworkType.class))) {
            FamilyDiscovery discovered = FamilyDiscovery.scan(loader);

            assertThat(discovered.families()).containsOnlyKeys("fake-gan", "fake-vae");
            assertThat(discovered.families().firstKey()).isEqualTo("fake-gan");
            // core's own network types (listed in core's service file) are found beside the fake one
            assertThat(discovered.networkTypes()).containsKey("fake-mlp");
            assertThat(discovered.family("fake-vae")).isInstanceOf(FakeVaeFamily.class);
        }
    }

    @Test
    void aDiscoveredFamilyBuildsASystemThatSamples(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = pluginLoader(dir, List.of(FakeGanFamily.class), List.of())) {
            FamilyDiscovery discovered = FamilyDiscovery.scan(loader);
            GanFamily family = discovered.family("fake-gan");
            GanSystem system = family.build(new FakeGanConfig(3, null, null),
                    discovered.buildContext(new DataSpec("points", new int[] {2}, 0), new Rng(1)));

            Tensor samples = system.sample(system.networks().get(system.sampledNetwork()), system.noise(5, new Rng(2)));

            assertThat(samples.shape().toArray()).containsExactly(5, 2);
        }
    }

    @Test
    void failsStartUpWhenTwoDiscoveredFamiliesShareAnIdNamingBothClasses(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = pluginLoader(dir, List.of(FakeGanFamily.class, ImpostorGanFamily.class),
                List.of())) {
            assertThatThrownBy(() -> FamilyDiscovery.scan(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Two family plugins have the id \"fake-gan\": "
                            + FakeGanFamily.class.getName() + " (from ")
                    .hasMessageContaining(" and " + ImpostorGanFamily.class.getName() + " (from ")
                    .hasMessageEndingWith("Remove one of them from the classpath, or give one a different id.");
        }
    }

    @Test
    void failsStartUpWhenTwoNetworkTypesShareAnId() {
        assertThatThrownBy(() -> FamilyDiscovery.of(List.of(), List.of(new FakeNetworkType(), new FakeNetworkType())))
                .hasMessageStartingWith("Two network type plugins have the id \"fake-mlp\": "
                        + FakeNetworkType.class.getName());
    }

    @Test
    void failsStartUpOnAServiceFileNamingAMissingClass(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(GanFamily.class.getName()), "com.example.NoSuchFamily\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                FamilyDiscoveryTest.class.getClassLoader())) {
            assertThatThrownBy(() -> FamilyDiscovery.scan(loader))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("A GanFamily plugin could not be loaded: ")
                    .hasMessageContaining("com.example.NoSuchFamily")
                    .hasMessageContaining("META-INF/services/dev.gan4j.core.spi.GanFamily");
        }
    }

    @Test
    void refusesAnIdThatIsNotLowerCase() {
        GanFamily shouting = new FakeGanFamily() {
            @Override
            public String id() {
                return "Fake GAN";
            }
        };

        assertThatThrownBy(() -> FamilyDiscovery.of(List.of(shouting), List.of()))
                .hasMessageContaining("has the id \"Fake GAN\", but ids are lower-case letters");
    }

    @Test
    void unknownFamilyIdListsTheInstalledOnes() {
        FamilyDiscovery discovered = FamilyDiscovery.of(List.of(new FakeGanFamily(), new FakeVaeFamily()), List.of());

        assertThatThrownBy(() -> discovered.family("wgan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No installed family has the id \"wgan\"; the installed families are fake-gan, fake-vae."
                        + " Check the spelling, or put the plugin jar that provides it on the classpath.");
        assertThatThrownBy(() -> FamilyDiscovery.of(List.of(), List.of()).family("gan"))
                .hasMessageContaining("the installed families are none (no plugin jar is on the classpath)");
    }

    @Test
    void unknownNetworkTypeListsTheInstalledOnes() {
        FamilyDiscovery discovered = FamilyDiscovery.of(List.of(), List.of(new FakeNetworkType()));

        assertThatThrownBy(() -> discovered.networkType("resnet"))
                .hasMessageContaining("\"resnet\"; the installed network types are fake-mlp.");
    }
}
