package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.nn.SpectralNorm;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ebm system: how training fills the replay buffer and splits chains between it and fresh
 * noise, sampling from noise or the buffer with any number of steps (deterministic for a seed),
 * spectral normalisation on request, and the exported score part.
 */
class EbmSystemTest {
    private static final DataSpec POINTS = new DataSpec("points", new int[] {2}, 0);

    private static EbmSystem system(double bufferFraction, int bufferSize, boolean spectralNorm) {
        EbmConfig config = new EbmConfig(MlpNetworkConfig.withHiddenSizes(8, 8), spectralNorm, null, null, 4, 0.05, 0.01,
                bufferFraction, bufferSize, List.of(-3.0, 3.0), 7, null, null);
        return EbmSystem.build(config, BuildContexts.installed(POINTS, 1));
    }

    private static Batch realBatch(int n, long seed) {
        return new Batch(Tensor.uniform(new Rng(seed), -1f, 1f, n, 2), null);
    }

    private static ReplayBuffer buffer(EbmSystem system) {
        return (ReplayBuffer) system.networks().get(EbmSystem.REPLAY);
    }

    @Test
    void trainingStoresEveryNegativeInTheReplayBufferUntilFullThenOverwritesTheOldest() {
        EbmSystem system = system(0.95, 10, false);
        EnergyLoss phase = system.energyLoss();
        Rng noise = new Rng(2);
        phase.compute(realBatch(4, 3), noise);
        assertThat(buffer(system).filled()).isEqualTo(4);
        phase.compute(realBatch(4, 3), noise);
        phase.compute(realBatch(4, 3), noise);
        assertThat(buffer(system).filled()).isEqualTo(10);
        float[] state = buffer(system).buffers().get(1).tensor().data();
        assertThat(state).as("filled, next slot: 12 written into 10 slots").containsExactly(10f, 2f);
    }

    @Test
    void theLossPushesRealScoresUpAndNegativeScoresDownPlusTheL2OnScores() {
        EbmSystem system = system(0.95, 64, false);
        PhaseLoss loss = system.phases().get(0).loss(realBatch(16, 11), new Rng(12));
        Map<String, Double> m = loss.metrics();
        assertThat(m.keySet()).containsExactly("d_loss", "d_real", "d_fake", "score_l2");
        assertThat(m.get("d_loss")).as("wasserstein: mean D(neg) - mean D(real)")
                .isCloseTo(m.get("d_fake") - m.get("d_real"), within(1e-5));
        assertThat((double) loss.loss().item()).isCloseTo(m.get("d_loss") + m.get("score_l2"), within(1e-5));
        assertThat(m.get("score_l2")).isPositive();

        EbmConfig logistic = new EbmConfig(MlpNetworkConfig.withHiddenSizes(8, 8), false, "non-saturating", 0.0, 4, 0.05,
                0.01, 0.95, 64, List.of(-3.0, 3.0), 7, null, null);
        PhaseLoss other = EbmSystem.build(logistic, BuildContexts.installed(POINTS, 1)).phases().get(0)
                .loss(realBatch(16, 11), new Rng(12));
        assertThat(other.metrics().get("score_l2")).as("scoreL2 0 turns the penalty off").isZero();
        assertThat(other.metrics().get("d_loss")).as("the configured objective: softplus losses are positive").isPositive();
    }

    @Test
    void dataNoiseChangesOnlyTheRealScoresAfterTheNegativesAreDrawnTheSameForTheSameSeed() {
        Map<String, Double> plain = withDataNoise(null).phases().get(0).loss(realBatch(16, 11), new Rng(12)).metrics();
        Map<String, Double> noisy = withDataNoise(0.5).phases().get(0).loss(realBatch(16, 11), new Rng(12)).metrics();
        Map<String, Double> again = withDataNoise(0.5).phases().get(0).loss(realBatch(16, 11), new Rng(12)).metrics();
        assertThat(noisy.get("d_fake")).as("the negatives are drawn before the data noise").isEqualTo(plain.get("d_fake"));
        assertThat(noisy.get("d_real")).as("the real batch is scored with noise added").isNotEqualTo(plain.get("d_real"));
        assertThat(again).isEqualTo(noisy);
    }

    private static EbmSystem withDataNoise(Double dataNoise) {
        EbmConfig config = new EbmConfig(MlpNetworkConfig.withHiddenSizes(8, 8), false, null, null, 4, 0.05, 0.01,
                0.95, 64, List.of(-3.0, 3.0), 7, null, dataNoise);
        return EbmSystem.build(config, BuildContexts.installed(POINTS, 1));
    }

    @Test
    void withAFullBufferFractionOfOneEveryChainContinuesFromTheBuffer() {
        EbmSystem system = system(1.0, 64, false);
        EnergyLoss phase = system.energyLoss();
        // a single stored point: every chain that starts from the buffer starts there
        Tensor stored = Tensor.of(new float[] {2.5f, -2.5f}, 1, 2);
        ReplayBuffer buffer = buffer(system);
        buffer.add(stored);
        Tensor negatives = phase.negatives(16, new Rng(4));
        float[] values = negatives.data();
        for (int i = 0; i < 16; i++) {
            double distance = Math.hypot(values[2 * i] - 2.5, values[2 * i + 1] + 2.5);
            assertThat(distance).as("chain %d starts at the stored point and moves little in 4 small steps", i)
                    .isLessThan(0.5);
        }
    }

    @Test
    void withAnEmptyBufferOrAFractionOfZeroChainsStartFromFreshNoise() {
        EbmSystem system = system(0.0, 64, false);
        EnergyLoss phase = system.energyLoss();
        buffer(system).add(Tensor.of(new float[] {2.5f, -2.5f}, 1, 2));
        float[] values = phase.negatives(64, new Rng(5)).data();
        int nearStored = 0;
        for (int i = 0; i < 64; i++) {
            nearStored += Math.hypot(values[2 * i] - 2.5, values[2 * i + 1] + 2.5) < 0.5 ? 1 : 0;
        }
        assertThat(nearStored).as("chains that happen to end near the stored point").isLessThan(8);
    }

    @Test
    void samplingRunsTheAskedStepsFromNoiseOrTheBufferTheSameForTheSameSeed() {
        EbmSystem system = system(0.95, 64, false);
        EnergyLoss phase = system.energyLoss();
        phase.compute(realBatch(8, 6), new Rng(7));
        Tensor a = system.sample(300, new Rng(8), 3, false);
        Tensor b = system.sample(300, new Rng(8), 3, false);
        assertThat(a.dims()).containsExactly(300, 2);
        assertThat(b.data()).containsExactly(a.data());
        Tensor longer = system.sample(300, new Rng(8), 30, false);
        assertThat(Arrays.equals(longer.data(), a.data())).as("more steps, other samples").isFalse();
        Tensor fromBuffer = system.sample(5, new Rng(9), 1, true);
        assertThat(fromBuffer.dims()).containsExactly(5, 2);
        assertThat(system.sample(5, new Rng(9), 1, true).data()).containsExactly(fromBuffer.data());
        assertThat(buffer(system).filled()).as("sampling does not add to the buffer").isEqualTo(8);
        assertThat(system.sampleSteps()).isEqualTo(7);
    }

    @Test
    void samplingFromAnEmptyBufferOrWithZeroStepsSaysWhy() {
        EbmSystem system = system(0.95, 64, false);
        assertThatThrownBy(() -> system.sample(5, new Rng(1), 3, true)).hasMessageStartingWith("The replay buffer is empty");
        assertThatThrownBy(() -> system.sample(5, new Rng(1), 0, false))
                .hasMessageStartingWith("The number of Langevin steps (--langevin-steps) is 0, but it must be 1 or more");
    }

    @Test
    void spectralNormWrapsEveryLinearLayerOfTheScoreNetwork() {
        Sequential score = (Sequential) system(0.95, 8, true).networks().get(EbmSystem.SCORE);
        long wrapped = score.layers().stream().filter(l -> l instanceof SpectralNorm).count();
        assertThat(wrapped).isEqualTo(3);
    }

    @Test
    void theExportablePartIsTheScoreNetworkFromXToScore() {
        EbmSystem system = system(0.95, 8, false);
        ExportablePart part = system.exportableParts().get(0);
        assertThat(part.name()).isEqualTo("score");
        assertThat(part.network()).isSameAs(system.networks().get("score"));
        assertThat(part.inputs()).extracting(t -> t.name()).containsExactly("x");
        assertThat(part.inputs().get(0).shape()).containsExactly(-1, 2);
        assertThat(part.output().name()).isEqualTo("score");
        assertThat(part.output().shape()).containsExactly(-1, 1);
    }
}
