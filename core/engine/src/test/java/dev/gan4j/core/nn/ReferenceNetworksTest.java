package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ReferenceNetworksTest {

    @Test
    void mlpPairMapsNoiseToFlatImagesAndImagesToOneLogit() {
        Rng rng = new Rng(1);
        Tensor images = ReferenceNetworks.mlpGenerator(rng).forward(Tensor.randn(rng, 3, ReferenceNetworks.LATENT_SIZE));
        assertThat(images.dims()).containsExactly(3, 784);
        assertThat(maxAbs(images)).isLessThanOrEqualTo(1f);
        assertThat(ReferenceNetworks.mlpDiscriminator(rng).forward(images).dims()).containsExactly(3, 1);
    }

    @Test
    void dcganPairMapsNoiseToImagesAndImagesToOneLogit() {
        Rng rng = new Rng(2);
        Sequential g = ReferenceNetworks.dcganGenerator(rng);
        Tensor images = g.forward(Tensor.randn(rng, 3, ReferenceNetworks.LATENT_SIZE));
        assertThat(images.dims()).containsExactly(3, 1, 28, 28);
        assertThat(maxAbs(images)).isLessThanOrEqualTo(1f);
        assertThat(ReferenceNetworks.dcganDiscriminator(rng).forward(images).dims()).containsExactly(3, 1);
        g.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            assertThat(g.forward(Tensor.randn(rng, 1, ReferenceNetworks.LATENT_SIZE)).dims()).containsExactly(1, 1, 28, 28);
        }
    }

    @Test
    void parameterCountsEqualThoseOfTheTorchModels() {
        Rng rng = new Rng(3);
        // Counted from torch_gan_bench.py's layers: weights plus biases (and batch norm affines).
        assertThat(count(ReferenceNetworks.mlpGenerator(rng))).isEqualTo(100 * 256 + 256 + 256 * 512 + 512 + 512 * 784 + 784);
        assertThat(count(ReferenceNetworks.mlpDiscriminator(rng))).isEqualTo(784 * 512 + 512 + 512 * 256 + 256 + 256 + 1);
        assertThat(count(ReferenceNetworks.dcganGenerator(rng)))
                .isEqualTo(100 * 6272 + 6272 + 2 * 128 + 128 * 64 * 16 + 2 * 64 + 64 * 16 + 1);
        assertThat(count(ReferenceNetworks.dcganDiscriminator(rng)))
                .isEqualTo(64 * 16 + 64 + 64 * 128 * 16 + 2 * 128 + 6272 + 1);
    }

    @Test
    void theSameSeedBuildsTheSameWeightsBitForBit() {
        Sequential a = ReferenceNetworks.dcganGenerator(new Rng(7));
        Sequential b = ReferenceNetworks.dcganGenerator(new Rng(7));
        Sequential c = ReferenceNetworks.dcganGenerator(new Rng(8));
        for (int i = 0; i < a.parameters().size(); i++) {
            assertThat(b.parameters().get(i).tensor().data()).isEqualTo(a.parameters().get(i).tensor().data());
        }
        assertThat(c.parameters().get(0).tensor().data()).isNotEqualTo(a.parameters().get(0).tensor().data());
    }

    @Test
    void weightsFollowPyTorchsDefaultInitialisation() {
        for (Parameter p : ReferenceNetworks.dcganDiscriminator(new Rng(4)).parameters()) {
            if (p.tensor().rank() >= 2) {
                double bound = 1 / Math.sqrt(Init.fanIn(p.tensor().shape()));
                assertThat((double) maxAbs(p.tensor())).as(p.name()).isLessThanOrEqualTo(bound);
            }
        }
    }

    private static float maxAbs(Tensor t) {
        float m = 0f;
        for (float v : t.data()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static long count(Layer layer) {
        return layer.parameters().stream().mapToLong(p -> p.tensor().size()).sum();
    }
}
