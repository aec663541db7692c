package dev.gan4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code gan4j families} lists the examples' own rsgan plugin beside the models-gan families. */
class FamiliesCommandTest {
    @Test
    void listsTheRsganPluginBesideTheBuiltInFamiliesAndTheNetworkTypes() {
        CliResult result = InProcessCli.run("families");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("rsgan").contains("dev.gan4j.examples.relativistic.RelativisticGanFamily")
                .contains("dcgan").contains("vae").contains("autoencoder")
                .contains("Network types:").contains("mlp");
    }
}
