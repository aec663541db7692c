package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.ReferenceNetworks;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mlp network type on images and on vectors, against the reference MLP GAN. */
class MlpNetworkTypeTest {
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);
    private static final DataSpec POINTS = new DataSpec("ring8", new int[] {2}, 0);
    private final MlpNetworkType type = new MlpNetworkType();

    @Test
    void defaultsOnFashionMnistAreTheReferenceMlpWithTheSameWeightsForTheSameSeed() {
        Generator g = type.generator(MlpNetworkConfig.defaults(), FASHION, 100, new Rng(7));
        Discriminator d = type.discriminator(MlpNetworkConfig.defaults(), FASHION, 1, new Rng(8));
        NetworkAssertions.sameParameterValues(g.network(), ReferenceNetworks.mlpGenerator(new Rng(7)));
        NetworkAssertions.sameParameterValues(d.network(), ReferenceNetworks.mlpDiscriminator(new Rng(8)));
    }

    @Test
    void imageGeneratorGivesImagesInTanhRangeAndDiscriminatorOneScorePerSample() {
        MlpNetworkConfig config = MlpNetworkConfig.withHiddenSizes(8, 16);
        Generator g = type.generator(config, FASHION, 4, new Rng(1));
        Tensor images = g.generate(Tensor.randn(new Rng(2), 3, 4));
        assertThat(images.dims()).containsExactly(3, 1, 28, 28);
        Sequential layers = (Sequential) g.network();
        assertThat(layers.get(layers.size() - 1)).isInstanceOf(Tanh.class);
        Discriminator d = type.discriminator(config, FASHION, 1, new Rng(3));
        assertThat(d.score(images).dims()).containsExactly(3, 1);
    }

    @Test
    void vectorGeneratorHasALinearOutputUnlessTanhIsAskedFor() {
        Generator linear = type.generator(MlpNetworkConfig.withHiddenSizes(8), POINTS, 2, new Rng(1));
        assertThat(linear.generate(Tensor.randn(new Rng(2), 5, 2)).dims()).containsExactly(5, 2);
        Sequential layers = (Sequential) linear.network();
        assertThat(layers.get(layers.size() - 1)).isNotInstanceOf(Tanh.class);

        Generator bounded = type.generator(new MlpNetworkConfig(List.of(8), null, null, "tanh"), POINTS, 2, new Rng(1));
        Sequential boundedLayers = (Sequential) bounded.network();
        assertThat(boundedLayers.get(boundedLayers.size() - 1)).isInstanceOf(Tanh.class);
    }

    @Test
    void encoderMapsSamplesToCodesOfTheAskedSize() {
        Encoder e = type.encoder(MlpNetworkConfig.withHiddenSizes(8), FASHION, 6, new Rng(4));
        assertThat(e.encode(Tensor.randn(new Rng(5), 2, 1, 28, 28)).dims()).containsExactly(2, 6);
    }

    @Test
    void batchNormFollowsEveryHiddenLayerOfTheGenerator() {
        Generator g = type.generator(new MlpNetworkConfig(List.of(8, 16, 32), null, true, null), POINTS, 3, new Rng(1));
        long norms = ((Sequential) g.network()).layers().stream().filter(l -> l instanceof BatchNorm1d).count();
        assertThat(norms).isEqualTo(3);
    }

    @Test
    void gradientsReachEveryParameterOfEveryRole() {
        MlpNetworkConfig config = new MlpNetworkConfig(List.of(6, 5), 0.1, true, null);
        NetworkAssertions.gradientReachesEveryParameter(type.generator(config, FASHION, 3, new Rng(1)).network(),
                Tensor.randn(new Rng(2), 4, 3));
        NetworkAssertions.gradientReachesEveryParameter(type.discriminator(config, FASHION, 1, new Rng(3)).network(),
                Tensor.randn(new Rng(4), 4, 1, 28, 28));
        NetworkAssertions.gradientReachesEveryParameter(type.encoder(config, POINTS, 4, new Rng(5)).network(),
                Tensor.randn(new Rng(6), 4, 2));
    }

    @Test
    void badSettingsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new MlpNetworkConfig(List.of(8, 0), null, null, null))
                .hasMessage("The mlp network's hiddenSizes[1] is 0, but every hidden layer width must be 1 or more.");
        assertThatThrownBy(() -> new MlpNetworkConfig(List.of(), null, null, null))
                .hasMessageContaining("hiddenSizes is empty");
        assertThatThrownBy(() -> new MlpNetworkConfig(null, null, null, "sigmoid"))
                .hasMessageContaining("generatorOutput is \"sigmoid\"");
        assertThatThrownBy(() -> type.generator(MlpNetworkConfig.defaults(), POINTS, 0, new Rng(1)))
                .hasMessage("The mlp network needs a latent size of 1 or more, but got 0.");
        assertThatThrownBy(() -> type.generator(DcganNetworkConfig.defaults(), POINTS, 2, new Rng(1)))
                .hasMessageContaining("The mlp network type builds from a MlpNetworkConfig, but was given a DcganNetworkConfig");
    }
}
