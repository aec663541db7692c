package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.nn.BatchNorm;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.nn.ReferenceNetworks;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The dcgan network type: the reference DCGAN on 28×28, more stages for 32×32 and 64×64, the paper's initialisation. */
class DcganNetworkTypeTest {
    private static final DataSpec FASHION = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);
    private final DcganNetworkType type = new DcganNetworkType();

    private static DataSpec images(int channels, int side) {
        return new DataSpec("images", new int[] {channels, side, side}, 0);
    }

    @Test
    void pytorchInitOnFashionMnistIsTheReferenceDcganWithTheSameWeightsForTheSameSeed() {
        DcganNetworkConfig config = new DcganNetworkConfig(64, null, null, "pytorch");
        Generator g = type.generator(config, FASHION, 100, new Rng(7));
        Discriminator d = type.discriminator(config, FASHION, 1, new Rng(8));
        NetworkAssertions.sameParameterValues(g.network(), ReferenceNetworks.dcganGenerator(new Rng(7)));
        NetworkAssertions.sameParameterValues(d.network(), ReferenceNetworks.dcganDiscriminator(new Rng(8)));
        assertThat(g.network().parameters().stream().map(Parameter::name))
                .containsExactlyElementsOf(ReferenceNetworks.dcganGenerator(new Rng(7)).parameters().stream()
                        .map(Parameter::name).toList());
    }

    @Test
    void defaultInitDrawsWeightsFromNormalWithStd002AndBatchNormScalesAroundOne() {
        Generator g = type.generator(DcganNetworkConfig.defaults(), FASHION, 100, new Rng(3));
        Sequential layers = (Sequential) g.network();
        assertStatistics(layers.get(0).parameters().get(0).tensor(), 0, 0.02);
        assertStatistics(((ConvTranspose2d) layers.get(4)).weight(), 0, 0.02);
        assertStatistics(((BatchNorm2d) layers.get(2)).weight(), 1, 0.02);
        assertThat(((BatchNorm2d) layers.get(2)).bias().data()).containsOnly(0f);
        assertThat(layers.get(0).parameters().get(1).tensor().data()).as("linear bias").containsOnly(0f);
    }

    private static void assertStatistics(Tensor t, double mean, double std) {
        double sum = 0;
        double squares = 0;
        for (float v : t.data()) {
            sum += v;
            squares += v * v;
        }
        double m = sum / t.size();
        double s = Math.sqrt(squares / t.size() - m * m);
        assertThat(m).isCloseTo(mean, within(4 * std / Math.sqrt(t.size()) + 1e-6));
        assertThat(s).isCloseTo(std, within(0.1 * std));
    }

    @Test
    void thirtyTwoPixelImagesGetThreeStagesFromFourByFour() {
        DcganNetworkConfig config = DcganNetworkConfig.withBaseChannels(4);
        Generator g = type.generator(config, images(3, 32), 5, new Rng(1));
        Tensor samples = g.generate(Tensor.randn(new Rng(2), 2, 5));
        assertThat(samples.dims()).containsExactly(2, 3, 32, 32);
        assertThat(((Sequential) g.network()).get(0).parameters().get(0).tensor().dims()).containsExactly(16 * 4 * 4, 5);
        assertThat(countOf(g.network(), ConvTranspose2d.class)).isEqualTo(3);
        Discriminator d = type.discriminator(config, images(3, 32), 1, new Rng(3));
        assertThat(countOf(d.network(), Conv2d.class)).isEqualTo(3);
        assertThat(d.score(samples).dims()).containsExactly(2, 1);
    }

    @Test
    void sixtyFourPixelImagesGetFourStagesAndFourteenPixelImagesOne() {
        DcganNetworkConfig config = DcganNetworkConfig.withBaseChannels(2);
        Generator large = type.generator(config, images(3, 64), 4, new Rng(1));
        assertThat(large.generate(Tensor.randn(new Rng(2), 2, 4)).dims()).containsExactly(2, 3, 64, 64);
        assertThat(countOf(large.network(), ConvTranspose2d.class)).isEqualTo(4);
        Generator small = type.generator(config, images(1, 14), 4, new Rng(1));
        assertThat(small.generate(Tensor.randn(new Rng(2), 2, 4)).dims()).containsExactly(2, 1, 14, 14);
        assertThat(type.encoder(config, images(1, 14), 6, new Rng(3)).encode(Tensor.randn(new Rng(4), 2, 1, 14, 14))
                .dims()).containsExactly(2, 6);
    }

    @Test
    void discriminatorWithoutBatchNormHasBiasedConvolutionsInstead() {
        DcganNetworkConfig config = new DcganNetworkConfig(4, null, false, null);
        Discriminator d = type.discriminator(config, FASHION, 1, new Rng(1));
        assertThat(countOf(d.network(), BatchNorm.class)).isZero();
        for (Layer layer : ((Sequential) d.network()).layers()) {
            if (layer instanceof Conv2d conv) {
                assertThat(conv.bias()).isNotNull();
            }
        }
    }

    @Test
    void gradientsReachEveryParameterOfEveryRole() {
        DcganNetworkConfig config = DcganNetworkConfig.withBaseChannels(3);
        NetworkAssertions.gradientReachesEveryParameter(type.generator(config, images(2, 16), 4, new Rng(1)).network(),
                Tensor.randn(new Rng(2), 3, 4));
        NetworkAssertions.gradientReachesEveryParameter(type.discriminator(config, images(2, 16), 1, new Rng(3)).network(),
                Tensor.randn(new Rng(4), 3, 2, 16, 16));
    }

    @Test
    void unsupportedDataIsRejectedWithASentenceThatSaysWhatFits() {
        DcganNetworkConfig config = DcganNetworkConfig.defaults();
        assertThatThrownBy(() -> type.generator(config, new DataSpec("ring8", new int[] {2}, 0), 4, new Rng(1)))
                .hasMessageContaining("builds convolutional networks for images [C, H, W], but the data ring8 has samples "
                        + "of shape [2]; use \"network\": {\"type\": \"mlp\"} for vector data.");
        assertThatThrownBy(() -> type.discriminator(config, images(1, 30), 1, new Rng(1)))
                .hasMessageContaining("7 or 4 times a power of two")
                .hasMessageContaining("30×30");
        assertThatThrownBy(() -> type.discriminator(config, new DataSpec("wide", new int[] {1, 28, 32}, 0), 1, new Rng(1)))
                .hasMessageContaining("needs square images")
                .hasMessageContaining("28×32");
    }

    @Test
    void badSettingsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> DcganNetworkConfig.withBaseChannels(0))
                .hasMessage("The dcgan network's baseChannels is 0, but it must be 1 or more (64 is the DCGAN default).");
        assertThatThrownBy(() -> new DcganNetworkConfig(null, null, null, "xavier"))
                .hasMessageContaining("init is \"xavier\"");
        assertThatThrownBy(() -> type.discriminator(DcganNetworkConfig.defaults(), FASHION, 0, new Rng(1)))
                .hasMessage("The dcgan network needs a number of discriminator outputs of 1 or more, but got 0.");
    }

    private static long countOf(Layer network, Class<?> kind) {
        return ((Sequential) network).layers().stream().filter(kind::isInstance).count();
    }
}
