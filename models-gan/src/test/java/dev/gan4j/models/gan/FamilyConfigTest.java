package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.testing.BuildContexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The family configs: what a config of only its type reads as (every default, written out in
 * full), and the sentences that name a bad field.
 */
class FamilyConfigTest {
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);
    private static final DataSpec POINTS = new DataSpec("ring8", new int[] {2}, 0);

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(GanConfig.class, "gan"), new NamedType(DcganConfig.class, "dcgan"),
                new NamedType(VaeConfig.class, "vae"), new NamedType(AutoencoderConfig.class, "autoencoder"),
                new NamedType(MlpNetworkConfig.class, MlpNetworkType.ID),
                new NamedType(DcganNetworkConfig.class, DcganNetworkType.ID));
        return mapper;
    }

    private static String defaultsOf(String type) throws Exception {
        ObjectMapper mapper = mapper();
        FamilyConfig config = mapper.readValue("{\"type\": \"" + type + "\"}", FamilyConfig.class);
        return mapper.writerFor(FamilyConfig.class).writeValueAsString(config);
    }

    @Test
    void aConfigOfOnlyItsTypeTakesEveryDefault() throws Exception {
        assertThat(defaultsOf("gan")).isEqualTo("{\"type\":\"gan\",\"network\":{\"type\":\"mlp\",\"hiddenSizes\":[256,512],"
                + "\"leakySlope\":0.2,\"batchNorm\":false,\"generatorOutput\":null},\"latentSize\":100,"
                + "\"objective\":\"non-saturating\",\"penalty\":null,\"penaltyWeight\":null,\"weightClip\":null,\"nCritic\":1}");
        assertThat(defaultsOf("dcgan")).isEqualTo("{\"type\":\"dcgan\",\"network\":{\"type\":\"dcgan\",\"baseChannels\":64,"
                + "\"leakySlope\":0.2,\"discriminatorBatchNorm\":true,\"init\":\"dcgan\"},\"latentSize\":100,"
                + "\"objective\":\"non-saturating\",\"penalty\":null,\"penaltyWeight\":null,\"weightClip\":null,\"nCritic\":1}");
        assertThat(defaultsOf("vae")).isEqualTo("{\"type\":\"vae\",\"network\":{\"type\":\"mlp\",\"hiddenSizes\":[256,512],"
                + "\"leakySlope\":0.2,\"batchNorm\":false,\"generatorOutput\":null},\"latentSize\":20,"
                + "\"reconstruction\":null,\"beta\":1.0}");
        assertThat(defaultsOf("autoencoder")).isEqualTo("{\"type\":\"autoencoder\",\"network\":{\"type\":\"mlp\","
                + "\"hiddenSizes\":[256,512],\"leakySlope\":0.2,\"batchNorm\":false,\"generatorOutput\":null},"
                + "\"latentSize\":20,\"reconstruction\":null,\"codeMomentum\":0.05}");
    }

    @Test
    void wassersteinClipsAtOneHundredthWithoutAPenaltyAndNotAtAllWithOne() throws Exception {
        GanConfig wgan = (GanConfig) mapper().readValue("{\"type\": \"gan\", \"objective\": \"wasserstein\"}", FamilyConfig.class);
        assertThat(wgan.weightClip()).isEqualTo(0.01);
        GanConfig wganGp = (GanConfig) mapper().readValue(
                "{\"type\": \"gan\", \"objective\": \"wasserstein\", \"penalty\": \"gradient-penalty\"}", FamilyConfig.class);
        assertThat(wganGp.weightClip()).isEqualTo(0.0);
        assertThat(wganGp.penaltyWeight()).isEqualTo(10.0);
    }

    @Test
    void penaltyNoneMeansNoPenalty() {
        GanConfig config = new GanConfig(null, null, null, "none", null, null, null, null);
        assertThat(config.penalty()).isNull();
        assertThat(config.settings().buildPenalty()).isNull();
    }

    @Test
    void badAdversarialFieldsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new GanConfig(null, 0, null, null, null, null, null, null))
                .hasMessage("gan.latentSize is 0, but it must be 1 or more (100 is usual).");
        assertThatThrownBy(() -> new DcganConfig(null, null, "wgan", null, null, null, null, null))
                .hasMessage("dcgan.objective is \"wgan\", but the known objectives are minimax, non-saturating, "
                        + "least-squares, wasserstein, hinge.");
        assertThatThrownBy(() -> new GanConfig(null, null, null, "gp", null, null, null, null))
                .hasMessageContaining("gan.penalty is \"gp\", but the known penalties are gradient-penalty, r1");
        assertThatThrownBy(() -> new GanConfig(null, null, null, null, 5.0, null, null, null))
                .hasMessageContaining("gan.penaltyWeight is 5.0, but there is no penalty");
        assertThatThrownBy(() -> new GanConfig(null, null, "hinge", null, null, 0.01, null, null))
                .hasMessageContaining("gan.weightClip is 0.01, but only the wasserstein objective clips weights");
        assertThatThrownBy(() -> new GanConfig(null, null, null, null, null, null, 0, null))
                .hasMessageContaining("gan.nCritic is 0, but it must be 1 or more");
        assertThatThrownBy(() -> new GanConfig(null, null, null, "r1", -2.0, null, null, null))
                .hasMessageContaining("gan.penaltyWeight is -2.0");
    }

    @Test
    void badAutoencoderFieldsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new VaeConfig(null, null, null, -1.0))
                .hasMessageContaining("vae.beta is -1.0");
        assertThatThrownBy(() -> new VaeConfig(null, null, "l1", null))
                .hasMessage("vae.reconstruction is \"l1\", but it must be one of bce, mse (or absent: bce for images, "
                        + "mse for vectors).");
        assertThatThrownBy(() -> new AutoencoderConfig(null, -3, null, null))
                .hasMessageContaining("autoencoder.latentSize is -3");
        assertThatThrownBy(() -> new AutoencoderConfig(null, null, null, 0.0))
                .hasMessageContaining("autoencoder.codeMomentum is 0.0, but it must be in (0, 1]");
    }

    @Test
    void crossEntropyWithADecoderThatDoesNotEndInTanhIsRejected() {
        VaeConfig config = new VaeConfig(MlpNetworkConfig.withHiddenSizes(8), 2, "bce", null);
        assertThatThrownBy(() -> new VaeFamily().build(config, BuildContexts.installed(POINTS, 1)))
                .hasMessageContaining("vae.reconstruction is \"bce\"")
                .hasMessageContaining("does not end in tanh");
        VaeConfig tanh = new VaeConfig(new MlpNetworkConfig(List.of(8), null, null, "tanh"), 2, "bce", null);
        assertThat(new VaeFamily().build(tanh, BuildContexts.installed(POINTS, 1)).phases()).hasSize(1);
    }

    @Test
    void aFamilyGivenAnotherFamilysConfigSaysWhichItTakes() {
        assertThatThrownBy(() -> new DcganFamily().build(GanConfig.defaults(), BuildContexts.installed(FASHION, 1)))
                .hasMessage("The dcgan family builds from a DcganConfig, but was given a GanConfig; give the family "
                        + "config \"type\": \"dcgan\".");
    }

    @Test
    void dcganOnVectorDataPointsToTheMlpNetwork() {
        assertThatThrownBy(() -> new DcganFamily().build(DcganConfig.defaults(), BuildContexts.installed(POINTS, 1)))
                .hasMessageContaining("use \"network\": {\"type\": \"mlp\"} for vector data");
    }
}
