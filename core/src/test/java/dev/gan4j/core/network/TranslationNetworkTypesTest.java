package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.ConcatSkip;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.NetworkTypes;
import dev.gan4j.core.spi.Translator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The resnet and unet translators and the patchgan discriminator: structure, sizes, gradients and bad input. */
class TranslationNetworkTypesTest {
    private static final DataSpec GREY28 = new DataSpec("grey 28", new int[] {1, 28, 28}, 10);
    private static final DataSpec RGB64 = new DataSpec("rgb 64", new int[] {3, 64, 64}, 0);
    private static final DataSpec RGB128 = new DataSpec("rgb 128", new int[] {3, 128, 128}, 0);
    private static final DataSpec GREY8 = new DataSpec("grey 8", new int[] {1, 8, 8}, 0);

    @Test
    void resnetIsC7s1ThenTwoDownsamplingsBlocksTwoUpsamplingsAndTanhWithReflectionPaddingAndInstanceNorm() {
        Translator t = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 3, null), GREY28, GREY28,
                new Rng(1));
        Sequential net = (Sequential) t.network();
        assertThat(net.get(0)).isInstanceOf(ReflectionPad2d.class);
        assertThat(net.get(2)).isInstanceOf(InstanceNorm2d.class);
        assertThat(net.layers().stream().filter(l -> l instanceof ResidualBlock).count()).isEqualTo(3);
        assertThat(net.layers().get(net.layers().size() - 1).toString()).contains("Tanh");
        assertThat(new ResnetNetworkConfig(null, null, null).blocksFor(128)).isEqualTo(6);
        assertThat(new ResnetNetworkConfig(null, null, null).blocksFor(256)).isEqualTo(9);
        for (DataSpec data : new DataSpec[] {GREY28, RGB64, RGB128}) {
            Translator sized = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null), data, data,
                    new Rng(2));
            assertThat(translate(sized, data).dims()).containsExactly(prepend(2, data.sampleShape()));
        }
    }

    @Test
    void unetJoinsEachLevelToItsInputAndTakesAsManyLevelsAsTheSideAllows() {
        assertThat(UnetNetworkConfig.defaults().downsamplingsFor(28)).isEqualTo(2);
        assertThat(UnetNetworkConfig.defaults().downsamplingsFor(64)).isEqualTo(6);
        assertThat(UnetNetworkConfig.defaults().downsamplingsFor(256)).isEqualTo(8);
        Translator t = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null), GREY28, GREY28, new Rng(3));
        assertThat(((Sequential) t.network()).get(1)).isInstanceOf(ConcatSkip.class);
        Translator plain = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false), GREY28, GREY28,
                new Rng(3));
        assertThat(((Sequential) plain.network()).get(1)).isInstanceOf(Sequential.class);
        assertThat(translate(plain, GREY28).dims()).containsExactly(2, 1, 28, 28);
        for (DataSpec data : new DataSpec[] {GREY28, RGB64, RGB128}) {
            Translator sized = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null), data, data,
                    new Rng(4));
            Tensor y = translate(sized, data);
            assertThat(y.dims()).containsExactly(prepend(2, data.sampleShape()));
            for (float v : y.data()) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
    }

    @Test
    void patchganScoresAMapOfPatchesSizedFromTheImage() {
        assertThat(PatchGanNetworkConfig.defaults().layersFor(28)).isEqualTo(2);
        assertThat(PatchGanNetworkConfig.defaults().layersFor(64)).isEqualTo(3);
        assertThat(PatchGanNetworkConfig.defaults().layersFor(256)).isEqualTo(3);
        Discriminator d28 = new PatchGanNetworkType().discriminator(new PatchGanNetworkConfig(4, null, null), GREY28, 1,
                new Rng(5));
        assertThat(d28.outputs()).isEqualTo(25);
        assertThat(d28.score(Tensor.randn(new Rng(6), 2, 1, 28, 28)).dims()).containsExactly(2, 25);
        Discriminator d64 = new PatchGanNetworkType().discriminator(new PatchGanNetworkConfig(4, null, null), RGB64, 1,
                new Rng(7));
        assertThat(d64.score(Tensor.randn(new Rng(8), 1, 3, 64, 64)).dims()).containsExactly(1, 36);
    }

    /**
     * Every layer of these networks has its own finite-difference check in the engine; here the whole
     * network's input gradient is checked along random directions, where the few relu kinks and the
     * steep instance norm of 2×2 maps that a step crosses change the sum by far less than the tolerance.
     */
    @Test
    void inputGradientsOfEveryTranslationNetworkMatchFiniteDifferences() {
        Rng rng = new Rng(9);
        Layer resnet = new ResnetNetworkType().translator(new ResnetNetworkConfig(2, 1, null), GREY8, GREY8, rng)
                .network();
        Layer unet = new UnetNetworkType().translator(new UnetNetworkConfig(2, 2, "instance"), GREY8, GREY8, rng)
                .network();
        Layer patchgan = new PatchGanNetworkType().discriminator(new PatchGanNetworkConfig(2, 1, null), GREY8, 1, rng)
                .network();
        for (Layer network : new Layer[] {resnet, unet, patchgan}) {
            directionalDerivativesMatch(network, Tensor.randn(rng, 2, 1, 8, 8), rng);
            NetworkAssertions.gradientReachesEveryParameter(network, Tensor.randn(rng, 2, 1, 8, 8));
        }
        Layer batchNormed = new UnetNetworkType().translator(new UnetNetworkConfig(2, 3, "batch"), GREY8, GREY8, rng)
                .network();
        NetworkAssertions.gradientReachesEveryParameter(batchNormed, Tensor.randn(rng, 3, 1, 8, 8));
    }

    @Test
    void mixingStartsAsTheTranslatorWithoutItAndCanLearnAMirrorImage() {
        Translator plain = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, false), GREY28, GREY28,
                new Rng(5));
        Translator mixed = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, true), GREY28, GREY28,
                new Rng(5));
        Translator mixedUnet = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false, true), GREY28,
                GREY28, new Rng(6));
        Translator plainUnet = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false, false),
                GREY28, GREY28, new Rng(6));
        Sequential net = (Sequential) mixed.network();
        assertThat(net.get(0).toString()).isEqualTo("AxisMixing(height, 28)");
        assertThat(net.get(1).toString()).isEqualTo("AxisMixing(width, 28)");
        assertThat(mixed.network().parameters()).hasSize(plain.network().parameters().size() + 2);
        // 0.02 times the identity on each axis: at the start, the translator without mixing on an input 0.02² times as
        // large, the rest of the network drawn from the same random stream as without mixing
        Tensor x = Tensor.randn(new Rng(7), 2, 1, 28, 28);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            assertThat(mixed.network().forward(x).toArray())
                    .containsExactly(plain.network().forward(x.mul(0.0004f)).toArray(), within(1e-5f));
            assertThat(mixedUnet.network().forward(x).toArray())
                    .containsExactly(plainUnet.network().forward(x.mul(0.0004f)).toArray(), within(1e-5f));
        }
        // the width matrix reversed (a permutation) mirrors what reaches the convolutions: one layer moves every column
        AxisMixing width = (AxisMixing) net.get(1);
        float[] m = width.weight().data();
        java.util.Arrays.fill(m, 0f);
        for (int i = 0; i < 28; i++) {
            m[i * 28 + (27 - i)] = 1f;
        }
        Tensor image = Tensor.randn(new Rng(8), 1, 1, 28, 28);
        Tensor mirrored = width.forward(image);
        assertThat((double) mirrored.data()[5 * 28 + 3]).isCloseTo(image.data()[5 * 28 + 24],
                org.assertj.core.data.Offset.offset(1e-6));
        NetworkAssertions.gradientReachesEveryParameter(mixed.network(), Tensor.randn(new Rng(9), 2, 1, 28, 28));
    }

    @Test
    void symmetriesStartWithEveryOrientationAtOnceAndOneWeightMirrors() {
        Translator plain = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, false), GREY28, GREY28,
                new Rng(5));
        Translator weighted = new ResnetNetworkType().translator(new ResnetNetworkConfig(4, 1, null, false, true), GREY28,
                GREY28, new Rng(5));
        Sequential net = (Sequential) weighted.network();
        SymmetryMixing symmetries = (SymmetryMixing) net.get(0);
        assertThat(symmetries.weight().toArray()).containsOnly(0.02f / 8);
        assertThat(weighted.network().parameters()).hasSize(plain.network().parameters().size() + 1);
        Tensor x = Tensor.randn(new Rng(7), 2, 1, 28, 28);
        // every orientation at once: the start is the same for an image and its mirror image (no orientation assumed),
        // and is the translator without the layer on the average of the eight orientations, 0.02 times as large
        Tensor mirror = new SymmetryMixing.Symmetry(false, false, true).apply(x);
        Tensor average = null;
        for (SymmetryMixing.Symmetry g : symmetries.symmetries()) {
            average = average == null ? g.apply(x) : average.add(g.apply(x));
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            float[] start = weighted.network().forward(x).toArray();
            assertThat(start).containsExactly(weighted.network().forward(mirror).toArray(), within(1e-6f));
            assertThat(start).containsExactly(plain.network().forward(average.mul(0.02f / 8)).toArray(), within(1e-5f));
            // all weight on the left-right mirror image: the convolutions see the input mirrored
            java.util.Arrays.fill(symmetries.weight().data(), 0f);
            symmetries.weight().data()[symmetries.symmetries().indexOf(new SymmetryMixing.Symmetry(false, false, true))] = 1f;
            assertThat(weighted.network().forward(x).toArray())
                    .containsExactly(plain.network().forward(mirror).toArray(), within(1e-5f));
        }
        Translator unet = new UnetNetworkType().translator(new UnetNetworkConfig(4, null, null, false, false, true),
                GREY28, GREY28, new Rng(6));
        assertThat(((Sequential) unet.network()).get(0)).isInstanceOf(SymmetryMixing.class);
        NetworkAssertions.gradientReachesEveryParameter(weighted.network(), Tensor.randn(new Rng(9), 2, 1, 28, 28));
    }

    @Test
    void symmetriesAreWrittenOnlyWhenOnAndReadBack() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        json.registerSubtypes(new com.fasterxml.jackson.databind.jsontype.NamedType(ResnetNetworkConfig.class, "resnet"));
        assertThat(json.writeValueAsString(new ResnetNetworkConfig(4, 1, null, true))).doesNotContain("symmetries");
        assertThat(json.writeValueAsString(new UnetNetworkConfig(4, null, null, false, false, true)))
                .contains("\"symmetries\":true").doesNotContain("mixing");
        assertThat(json.readValue("{\"type\": \"resnet\", \"symmetries\": true}", ResnetNetworkConfig.class)
                .symmetries()).isTrue();
    }

    @Test
    void mixingIsLeftOutOfTheWrittenConfigWhenOffSoEarlierRunsKeepTheirConfigHash() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        json.registerSubtypes(new com.fasterxml.jackson.databind.jsontype.NamedType(UnetNetworkConfig.class, "unet"));
        assertThat(json.writeValueAsString(new UnetNetworkConfig(4, null, null, false))).doesNotContain("mixing");
        assertThat(json.writeValueAsString(ResnetNetworkConfig.defaults())).doesNotContain("mixing");
        assertThat(json.writeValueAsString(new ResnetNetworkConfig(4, 1, null, true))).contains("\"mixing\":true");
        assertThat(json.readValue("{\"type\": \"unet\", \"baseChannels\": 4, \"mixing\": true}", UnetNetworkConfig.class).mixing())
                .isTrue();
        assertThat(json.readValue("{\"type\": \"unet\", \"baseChannels\": 4}", UnetNetworkConfig.class).mixing()).isFalse();
    }

    @Test
    void badDataAndSettingsAreRefusedWithASentence() {
        DataSpec odd = new DataSpec("odd", new int[] {1, 30, 30}, 0);
        assertThatThrownBy(() -> new ResnetNetworkType().translator(ResnetNetworkConfig.defaults(), odd, odd, new Rng(1)))
                .hasMessageContaining("multiple of 4").hasMessageContaining("30×30");
        assertThatThrownBy(() -> new ResnetNetworkType().translator(ResnetNetworkConfig.defaults(), GREY28, RGB64,
                new Rng(1))).hasMessageContaining("28×28").hasMessageContaining("64×64");
        assertThatThrownBy(() -> new ResnetNetworkType().generator(ResnetNetworkConfig.defaults(), GREY28, 8, new Rng(1)))
                .hasMessageContaining("not generators from noise");
        assertThatThrownBy(() -> new UnetNetworkType().translator(new UnetNetworkConfig(4, 3, null), GREY28, GREY28,
                new Rng(1))).hasMessageContaining("multiple of 2^3");
        assertThatThrownBy(() -> new PatchGanNetworkType().discriminator(new PatchGanNetworkConfig(4, 3, null), GREY8, 1,
                new Rng(1))).hasMessageContaining("at least 3×3");
        assertThatThrownBy(() -> new ResnetNetworkConfig(null, null, "group")).hasMessageContaining("\"instance\", \"batch\"");
        NetworkTypes installed = NetworkTypes.of(java.util.List.of(new DcganNetworkType(), new ResnetNetworkType(),
                new UnetNetworkType(), new PatchGanNetworkType()));
        assertThatThrownBy(() -> installed.translatorFor(DcganNetworkConfig.defaults(), "family.generator"))
                .hasMessageContaining("family.generator is a dcgan network").hasMessageContaining("resnet, unet");
        assertThatThrownBy(() -> new DcganNetworkType().translator(DcganNetworkConfig.defaults(), GREY28, GREY28,
                new Rng(1))).hasMessageContaining("builds no image-to-image translators");
    }

    private static void directionalDerivativesMatch(Layer network, Tensor input, Rng rng) {
        Tensor x = input.detach().requiresGrad(true);
        Tensor out = network.forward(x);
        Tensor weights = Tensor.uniform(rng, 0.5f, 1.5f, out.dims());
        out.mul(weights).sum().backward();
        float[] grad = x.grad().data();
        double step = 1e-3;
        for (int d = 0; d < 3; d++) {
            Tensor direction = Tensor.randn(rng, input.dims());
            double analytic = 0;
            for (int i = 0; i < grad.length; i++) {
                analytic += grad[i] * direction.data()[i];
            }
            double numeric;
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                double up = network.forward(input.add(direction.mul((float) step))).mul(weights).sum().item();
                double down = network.forward(input.sub(direction.mul((float) step))).mul(weights).sum().item();
                numeric = (up - down) / (2 * step);
            }
            assertThat(analytic).as("directional derivative of " + network + " along direction " + d)
                    .isCloseTo(numeric, org.assertj.core.data.Offset.offset(0.02 * Math.abs(numeric) + 2e-3));
        }
    }

    private static Tensor translate(Translator t, DataSpec data) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return t.translate(Tensor.uniform(new Rng(11), -1f, 1f, prepend(2, data.sampleShape())));
        }
    }

    private static int[] prepend(int n, int[] shape) {
        int[] dims = new int[shape.length + 1];
        dims[0] = n;
        System.arraycopy(shape, 0, dims, 1, shape.length);
        return dims;
    }
}
