package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A tiny {@code gan} learns a 2-D Gaussian: after a few hundred iterations of the plain
 * alternating loop (each phase in order, zero grads, loss, backward, Adam step, afterStep) the
 * mean of its samples is within two thirds of the data's standard deviation of the data's mean,
 * which starts more than three standard deviations from the generator's. (The alternating game
 * circles its equilibrium; at Adam's lr 2e-4 the circles are small.)
 */
class GaussianGanLearningTest {
    private static final float[] MEAN = {1.5f, -0.8f};
    private static final float STD = 0.3f;

    private static Batch gaussianBatch(Rng rng, int size) {
        Tensor x = Tensor.randn(rng, size, 2).mul(STD).add(Tensor.of(MEAN.clone(), 2));
        return new Batch(x, null);
    }

    private static float[] sampleMean(GanSystem system, int n) {
        Tensor samples = system.sample(system.networks().get(system.sampledNetwork()), system.noise(n, new Rng(99)));
        float[] mean = new float[2];
        for (int i = 0; i < n; i++) {
            mean[0] += samples.get(i, 0) / n;
            mean[1] += samples.get(i, 1) / n;
        }
        return mean;
    }

    private static void train(GanSystem system, int iterations, long seed) {
        Rng data = new Rng(seed);
        Rng noise = new Rng(seed + 1);
        List<Optimizer> optimizers = new ArrayList<>();
        for (Phase phase : system.phases()) {
            optimizers.add(Adam.builder().setParameters(SystemParameters.updatedBy(system, phase)).setLearningRate(2e-4).optBeta1(0.5).build());
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int i = 0; i < system.phases().size(); i++) {
                Phase phase = system.phases().get(i);
                for (int r = 0; r < phase.repeats(); r++) {
                    optimizers.get(i).zeroGrad();
                    phase.loss(gaussianBatch(data, 64), noise).loss().backward();
                    optimizers.get(i).step();
                    phase.afterStep();
                }
            }
        }
    }

    @Test
    @Timeout(10)
    void tinyGanLearnsTheMeanOfATwoDimensionalGaussianWithinEightHundredSteps() {
        GanConfig config = new GanConfig(MlpNetworkConfig.withHiddenSizes(32, 32), 4, null, null, null, null, null, null);
        GanSystem system = new PlainGanFamily().build(config,
                BuildContexts.installed(new DataSpec("gaussian", new int[] {2}, 0), 5));
        float[] before = sampleMean(system, 2000);
        assertThat(Math.hypot(before[0] - MEAN[0], before[1] - MEAN[1])).as("distance before training").isGreaterThan(1.0);

        train(system, 800, 11);

        float[] after = sampleMean(system, 2000);
        assertThat(after[0]).isCloseTo(MEAN[0], within(0.2f));
        assertThat(after[1]).isCloseTo(MEAN[1], within(0.2f));
    }
}
