package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reconstruction losses, the VAE's KL term and β, and the autoencoder's code distribution updates. */
class AutoencoderLossTest {
    private static final DataSpec TILES = new DataSpec("tiles", new int[] {1, 2, 2}, 0);

    private static Generator tanhDecoder() {
        Rng rng = new Rng(1);
        return new Generator(new Sequential(new Linear(3, 4, rng), new dev.gan4j.core.nn.Reshape(1, 2, 2), new Tanh()), 3);
    }

    @Test
    void crossEntropyReadsTanhOutputsAndDataInMinusOneToOneAsProbabilities() {
        Generator generator = tanhDecoder();
        Tensor z = Tensor.randn(new Rng(2), 5, 3);
        Tensor x = Tensor.uniform(new Rng(3), -1f, 1f, 5, 1, 2, 2);
        float loss = new Decoder(generator, Reconstruction.BCE, "vae").reconstructionLoss(z, x).item();
        Tensor y;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            y = generator.generate(z);
        }
        double expected = 0;
        for (int i = 0; i < y.size(); i++) {
            double p = (y.data()[i] + 1) / 2;
            double t = (x.data()[i] + 1) / 2;
            expected -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
        }
        assertThat(loss).isCloseTo((float) (expected / 5), within(1e-4f));
    }

    @Test
    void squaredErrorIsSummedPerSampleAndAveragedOverTheBatch() {
        Generator generator = tanhDecoder();
        Tensor z = Tensor.randn(new Rng(2), 5, 3);
        Tensor x = Tensor.uniform(new Rng(3), -1f, 1f, 5, 1, 2, 2);
        float loss = new Decoder(generator, Reconstruction.MSE, "vae").reconstructionLoss(z, x).item();
        Tensor y;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            y = generator.generate(z);
        }
        double expected = 0;
        for (int i = 0; i < y.size(); i++) {
            expected += Math.pow(y.data()[i] - x.data()[i], 2);
        }
        assertThat(loss).isCloseTo((float) (expected / 5), within(1e-4f));
    }

    /** A VAE whose encoder outputs the constant mean and log-variance given, whatever the input. */
    private static GanSystem vaeWithConstantCode(float mean, float logVariance, double beta) {
        VaeConfig config = new VaeConfig(MlpNetworkConfig.withHiddenSizes(6), 2, null, beta);
        GanSystem system = new VaeFamily().build(config, BuildContexts.installed(TILES, 7));
        Sequential encoder = (Sequential) system.networks().get("encoder");
        Linear last = (Linear) encoder.get(encoder.size() - 1);
        Arrays.fill(last.weight().data(), 0f);
        float[] bias = last.bias().data();
        bias[0] = mean;
        bias[1] = mean;
        bias[2] = logVariance;
        bias[3] = logVariance;
        return system;
    }

    @Test
    void klIsZeroWhenTheEncoderGivesTheStandardNormal() {
        PhaseLoss loss = vaeWithConstantCode(0f, 0f, 1.0).phases().get(0)
                .loss(new Batch(Tensor.uniform(new Rng(8), -1f, 1f, 4, 1, 2, 2), null), new Rng(9));
        assertThat(loss.metrics().get("kl")).isCloseTo(0.0, within(1e-7));
        assertThat((double) loss.loss().item()).isCloseTo(loss.metrics().get("recon"), within(1e-5));
    }

    @Test
    void klHasItsClosedFormAndIsWeightedByBeta() {
        float mean = 0.5f;
        float logVariance = -1f;
        PhaseLoss loss = vaeWithConstantCode(mean, logVariance, 4.0).phases().get(0)
                .loss(new Batch(Tensor.uniform(new Rng(8), -1f, 1f, 4, 1, 2, 2), null), new Rng(9));
        double perDimension = -0.5 * (1 + logVariance - mean * mean - Math.exp(logVariance));
        assertThat(loss.metrics().get("kl")).isCloseTo(2 * perDimension, within(1e-5));
        assertThat((double) loss.loss().item())
                .isCloseTo(loss.metrics().get("recon") + 4 * loss.metrics().get("kl"), within(1e-4));
    }

    @Test
    void autoencoderPhaseMovesTheCodeDistributionTowardsTheBatchCodes() {
        AutoencoderConfig config = new AutoencoderConfig(MlpNetworkConfig.withHiddenSizes(6), 2, null, 1.0);
        GanSystem system = new AutoencoderFamily().build(config, BuildContexts.installed(TILES, 7));
        Batch batch = new Batch(Tensor.uniform(new Rng(8), -1f, 1f, 4, 1, 2, 2), null);
        system.phases().get(0).loss(batch, new Rng(9));
        Tensor codes;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            codes = system.networks().get("encoder").forward(batch.inputs());
        }
        // with momentum 1 the fit is exactly this batch's mean
        float[] fitted = system.networks().get("codes").buffers().get(0).tensor().data();
        for (int j = 0; j < 2; j++) {
            double m = 0;
            for (int i = 0; i < 4; i++) {
                m += codes.get(i, j) / 4.0;
            }
            assertThat(fitted[j]).isCloseTo((float) m, within(1e-5f));
        }
    }
}
