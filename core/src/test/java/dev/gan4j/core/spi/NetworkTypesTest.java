package dev.gan4j.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the network type of a config among the installed ones. */
class NetworkTypesTest {

    /** A config no installed type builds. */
    private record UnregisteredConfig() implements NetworkConfig {
    }

    @Test
    void discoveredTypesBuildTheMlpAndDcganConfigs() {
        NetworkTypes types = FamilyDiscovery.scanClasspath().installedNetworkTypes();
        assertThat(types.forConfig(MlpNetworkConfig.defaults())).isInstanceOf(MlpNetworkType.class);
        assertThat(types.forConfig(DcganNetworkConfig.defaults())).isInstanceOf(DcganNetworkType.class);
    }

    @Test
    void aConfigNoTypeBuildsIsRejectedListingTheInstalledTypes() {
        NetworkTypes types = NetworkTypes.of(List.of(new MlpNetworkType(), new DcganNetworkType()));
        assertThatThrownBy(() -> types.forConfig(new UnregisteredConfig()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No installed network type builds a ")
                .hasMessageContaining("dcgan (DcganNetworkConfig), mlp (MlpNetworkConfig)")
                .hasMessageContaining("META-INF/services/dev.gan4j.core.spi.NetworkType");
    }

    @Test
    void onlyTheGivenTypesAreSeenNotTheClasspath() {
        NetworkTypes types = NetworkTypes.of(List.of(new FakeNetworkType()));
        assertThatThrownBy(() -> types.forConfig(MlpNetworkConfig.defaults()))
                .hasMessageContaining("the installed types are fake-mlp (FakeNetworkConfig)");
    }

    @Test
    void twoTypesWithOneIdAreRefused() {
        assertThatThrownBy(() -> NetworkTypes.of(List.of(new FakeNetworkType(), new FakeNetworkType())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two network types have the id \"fake-mlp\"");
    }
}
