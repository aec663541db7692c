package dev.gan4j.examples.relativistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.config.ConfigException;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Rng;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rsgan config: defaults, checks, and the shipped rsgan-ring8.json. */
class RelativisticGanConfigTest {
    @Test
    void absentFieldsTakeTheirDefaults() {
        RelativisticGanConfig config = RelativisticGanConfig.defaults();
        assertThat(config.network()).isEqualTo(MlpNetworkConfig.defaults());
        assertThat(config.latentSize()).isEqualTo(100);
        assertThat(config.average()).isFalse();
    }

    @Test
    void nonPositiveLatentSizeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new RelativisticGanConfig(null, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rsgan.latentSize is 0").hasMessageContaining("1 or more");
    }

    @Test
    void familyRefusesAnotherFamilysConfig() {
        GanFamily family = new RelativisticGanFamily();
        assertThatThrownBy(() -> family.build(new MlpLessConfig(),
                FamilyDiscovery.scanClasspath().buildContext(new DataSpec("points", new int[] {2}, 0), new Rng(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"type\": \"rsgan\"");
    }

    @Test
    void shippedRingConfigLoadsAsTheRsganFamily() {
        ResolvedConfig resolved = FamilyDiscovery.scanClasspath().configLoader(List.of())
                .load(Path.of("configs", "rsgan-ring8.json"));
        assertThat(resolved.familyId()).isEqualTo("rsgan");
        RelativisticGanConfig family = (RelativisticGanConfig) resolved.config().family();
        assertThat(family.latentSize()).isEqualTo(8);
        assertThat(family.average()).isTrue();
        assertThat(family.network()).isEqualTo(new MlpNetworkConfig(List.of(128, 128), null, null, "linear"));
    }

    @Test
    void misspeltFieldOfTheFamilyListsItsFields() {
        assertThatThrownBy(() -> FamilyDiscovery.scanClasspath().configLoader(List.of()).parse(
                "{\"family\": {\"type\": \"rsgan\", \"averaged\": true}, \"data\": {\"type\": \"ring8\"}}", "test",
                dev.gan4j.core.config.ConfigOverrides.none()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("averaged").hasMessageContaining("average").hasMessageContaining("latentSize")
                .hasMessageContaining("network");
    }

    /** A family config that is not the rsgan one. */
    private record MlpLessConfig() implements dev.gan4j.core.spi.FamilyConfig {
    }
}
