package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.spi.NetworkConfig;
import org.junit.jupiter.api.Test;

/** Finding the network type of a config through ServiceLoader. */
class NetworkTypesTest {

    /** A config no registered type builds. */
    private record UnregisteredConfig() implements NetworkConfig {
    }

    @Test
    void serviceLoaderFindsTheMlpAndDcganTypesForTheirConfigs() {
        assertThat(NetworkTypes.forConfig(MlpNetworkConfig.defaults())).isInstanceOf(MlpNetworkType.class);
        assertThat(NetworkTypes.forConfig(DcganNetworkConfig.defaults())).isInstanceOf(DcganNetworkType.class);
    }

    @Test
    void aConfigNoTypeBuildsIsRejectedListingTheRegisteredTypes() {
        assertThatThrownBy(() -> NetworkTypes.forConfig(new UnregisteredConfig()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No registered network type builds a ")
                .hasMessageContaining("mlp (MlpNetworkConfig), dcgan (DcganNetworkConfig)")
                .hasMessageContaining("META-INF/services/dev.gan4j.core.spi.NetworkType");
    }
}
