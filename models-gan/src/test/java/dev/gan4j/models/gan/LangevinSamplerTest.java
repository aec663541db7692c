package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.SpectralNorm;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Langevin sampler: a step moves each point by the configured step times the gradient of the
 * score (−∇E), checked against central finite differences of the score; chains are deterministic
 * for a seed, clamped to the data range, record no graph and leave the network's mode alone.
 */
class LangevinSamplerTest {
    private static final double WIDE = 100;

    /** A smooth score network R^3 -> R, so finite differences are exact to float precision. */
    private static Layer smoothScore(long seed) {
        Rng rng = new Rng(seed);
        return new Sequential(new Linear(3, 8, rng), new Tanh(), new Linear(8, 1, rng));
    }

    private static LangevinSampler sampler(double stepSize, double noise, double low, double high) {
        return new LangevinSampler(new LangevinSettings(10, stepSize, noise, 0.95, low, high));
    }

    @Test
    void aStepWithoutNoiseMovesEachPointByTheStepSizeTimesTheScoreGradient() {
        Layer score = smoothScore(1);
        double stepSize = 0.05;
        Tensor start = Tensor.uniform(new Rng(2), -1f, 1f, 4, 3);
        Tensor moved = sampler(stepSize, 0, -WIDE, WIDE).run(score, start, 1, new Rng(3));
        double[] numeric = centralDifferences(score, start, 1e-2);
        float[] before = start.data();
        float[] after = moved.data();
        for (int i = 0; i < before.length; i++) {
            double step = (after[i] - before[i]) / stepSize;
            assertThat(step).as("element %d: (x' - x) / stepSize against the finite-difference gradient of D,"
                    + " i.e. -grad E", i).isCloseTo(numeric[i], within(2e-3 + 1e-2 * Math.abs(numeric[i])));
        }
    }

    @Test
    void theStepScalesWithTheConfiguredStepSize() {
        Layer score = smoothScore(4);
        Tensor start = Tensor.uniform(new Rng(5), -1f, 1f, 6, 3);
        float[] small = sampler(0.01, 0, -WIDE, WIDE).run(score, start, 1, new Rng(6)).data();
        float[] large = sampler(0.04, 0, -WIDE, WIDE).run(score, start, 1, new Rng(6)).data();
        float[] x = start.data();
        for (int i = 0; i < x.length; i++) {
            assertThat((double) large[i] - x[i]).isCloseTo(4 * ((double) small[i] - x[i]), within(1e-5));
        }
    }

    @Test
    void aClippedStepMovesEachPointByTheStepSizeTimesTheGradientClippedToTheBound() {
        Layer score = smoothScore(1);
        double stepSize = 0.05;
        Tensor start = Tensor.uniform(new Rng(2), -1f, 1f, 4, 3);
        float[] free = sampler(stepSize, 0, -WIDE, WIDE).run(score, start, 1, new Rng(3)).data();
        double[] gradient = new double[free.length];
        double largest = 0;
        for (int i = 0; i < free.length; i++) {
            gradient[i] = (free[i] - start.data()[i]) / stepSize;
            largest = Math.max(largest, Math.abs(gradient[i]));
        }
        double bound = largest / 2;
        float[] clipped = new LangevinSampler(new LangevinSettings(10, stepSize, 0, 0.95, -WIDE, WIDE, bound))
                .run(score, start, 1, new Rng(3)).data();
        for (int i = 0; i < clipped.length; i++) {
            double expected = Math.max(-bound, Math.min(bound, gradient[i]));
            assertThat((clipped[i] - start.data()[i]) / stepSize).as("element %d", i)
                    .isCloseTo(expected, within(1e-4 + 1e-3 * Math.abs(expected)));
        }
    }

    @Test
    void noiselessChainsClimbTheScore() {
        Layer score = smoothScore(7);
        LangevinSampler sampler = sampler(0.05, 0, -WIDE, WIDE);
        Tensor x = Tensor.uniform(new Rng(8), -1f, 1f, 16, 3);
        double previous = meanScore(score, x);
        for (int k = 0; k < 5; k++) {
            x = sampler.run(score, x, 1, new Rng(9));
            double now = meanScore(score, x);
            assertThat(now).as("mean score after step %d", k + 1).isGreaterThan(previous);
            previous = now;
        }
    }

    @Test
    void theSameSeedGivesTheSameChainBitForBitAndAnotherSeedAnother() {
        Layer score = smoothScore(10);
        LangevinSampler sampler = sampler(0.1, 0.05, -2, 2);
        Tensor start = Tensor.uniform(new Rng(11), -2f, 2f, 8, 3);
        float[] first = sampler.run(score, start, 20, new Rng(12)).data();
        float[] second = sampler.run(score, start, 20, new Rng(12)).data();
        float[] other = sampler.run(score, start, 20, new Rng(13)).data();
        assertThat(second).containsExactly(first);
        assertThat(Arrays.equals(first, other)).as("another seed gives another chain").isFalse();
    }

    @Test
    void everyStepIsClampedToTheDataRangeAndTheStartIsLeftAlone() {
        Layer score = smoothScore(14);
        Tensor start = Tensor.uniform(new Rng(15), -3f, 3f, 32, 3);
        float[] before = start.toArray();
        Tensor end = sampler(50, 1.0, -0.5, 0.25).run(score, start, 7, new Rng(16));
        for (float v : end.data()) {
            assertThat(v).isBetween(-0.5f, 0.25f);
        }
        assertThat(start.data()).containsExactly(before);
    }

    @Test
    void chainsRecordNoGraphRunInsideANoGradScopeAndRestoreTheNetworksMode() {
        Rng rng = new Rng(17);
        SpectralNorm first = new SpectralNorm(new Linear(3, 8, rng), rng);
        Layer score = new Sequential(first, new Tanh(), new Linear(8, 1, rng));
        float[] u = first.u().toArray();
        Tensor start = Tensor.uniform(new Rng(18), -1f, 1f, 4, 3);
        Tensor end;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            end = sampler(0.1, 0.01, -1, 1).run(score, start, 3, new Rng(19));
            assertThat(GradMode.isEnabled()).as("the caller's no-grad scope is restored").isFalse();
        }
        assertThat(end.requiresGrad()).isFalse();
        assertThat(Arrays.equals(end.data(), start.data())).as("the chain moved").isFalse();
        assertThat(score.isTraining()).as("back in training mode").isTrue();
        score.parameters().forEach(p -> assertThat(p.tensor().requiresGrad()).as(p.name() + " requires gradients again")
                .isTrue());
        assertThat(first.u().data()).as("evaluation mode: no power iteration per step").containsExactly(u);
        score.train(false);
        sampler(0.1, 0.01, -1, 1).run(score, start, 1, new Rng(19));
        assertThat(score.isTraining()).as("left in evaluation mode").isFalse();
    }

    @Test
    void zeroStepsAreRejected() {
        assertThatThrownBy(() -> sampler(0.1, 0, -1, 1).run(smoothScore(20), Tensor.zeros(1, 3), 0, new Rng(1)))
                .hasMessageContaining("is 0, but it must be 1 or more");
    }

    private static double meanScore(Layer score, Tensor x) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return score.forward(x).mean().item();
        }
    }

    /** d D(x_n) / d x_{n,j} by central differences, in the layout of {@code x}. */
    private static double[] centralDifferences(Layer score, Tensor x, double h) {
        float[] values = x.toArray();
        int n = x.dim(0);
        int width = values.length / n;
        double[] grad = new double[values.length];
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < values.length; i++) {
                float saved = values[i];
                values[i] = (float) (saved + h);
                double up = score.forward(Tensor.of(values.clone(), x.dims())).data()[i / width];
                values[i] = (float) (saved - h);
                double down = score.forward(Tensor.of(values.clone(), x.dims())).data()[i / width];
                values[i] = saved;
                grad[i] = (up - down) / (2 * h);
            }
        }
        return grad;
    }
}
