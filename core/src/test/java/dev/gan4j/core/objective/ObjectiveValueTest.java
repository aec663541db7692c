package dev.gan4j.core.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Each objective's losses on hand-made scores, against the formulas worked out in double precision. */
class ObjectiveValueTest {
    private static final float[] REAL = {2f, -0.5f, 0.25f};
    private static final float[] FAKE = {-1.5f, 0.75f, 3f};

    private static Tensor real() {
        return Tensor.of(REAL.clone(), 3, 1);
    }

    private static Tensor fake() {
        return Tensor.of(FAKE.clone(), 3, 1);
    }

    private static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    private static double mean(float[] values, java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (float v : values) {
            s += f.applyAsDouble(v);
        }
        return s / values.length;
    }

    private static void assertLosses(Objective objective, double discriminator, double generator) {
        assertThat(objective.discriminatorLoss(real(), fake()).item()).isCloseTo((float) discriminator, within(1e-5f));
        assertThat(objective.generatorLoss(fake()).item()).isCloseTo((float) generator, within(1e-5f));
    }

    @Test
    void minimaxDiscriminatorIsBinaryCrossEntropyAndGeneratorIsLogOfOneMinusD() {
        double d = mean(REAL, r -> -Math.log(1 / (1 + Math.exp(-r)))) + mean(FAKE, f -> -Math.log(1 - 1 / (1 + Math.exp(-f))));
        double g = mean(FAKE, f -> Math.log(1 - 1 / (1 + Math.exp(-f))));
        assertLosses(new MinimaxObjective(), d, g);
    }

    @Test
    void nonSaturatingGeneratorIsCrossEntropyAgainstTheRealLabel() {
        double d = mean(REAL, r -> softplus(-r)) + mean(FAKE, f -> softplus(f));
        double g = mean(FAKE, f -> -Math.log(1 / (1 + Math.exp(-f))));
        assertLosses(new NonSaturatingObjective(), d, g);
    }

    @Test
    void leastSquaresRegressesRealToOneAndFakeToZero() {
        double d = 0.5 * mean(REAL, r -> (r - 1) * (r - 1)) + 0.5 * mean(FAKE, f -> f * f);
        double g = 0.5 * mean(FAKE, f -> (f - 1) * (f - 1));
        assertLosses(new LeastSquaresObjective(), d, g);
    }

    @Test
    void wassersteinCriticLossIsMeanFakeMinusMeanReal() {
        double d = mean(FAKE, f -> f) - mean(REAL, r -> r);
        double g = -mean(FAKE, f -> f);
        assertLosses(new WassersteinObjective(), d, g);
    }

    @Test
    void hingeCountsOnlyScoresInsideTheMargin() {
        double d = mean(REAL, r -> Math.max(0, 1 - r)) + mean(FAKE, f -> Math.max(0, 1 + f));
        double g = -mean(FAKE, f -> f);
        assertLosses(new HingeObjective(), d, g);
    }

    @Test
    void logisticLossesStayFiniteForHugeScores() {
        Tensor huge = Tensor.of(new float[] {500f, -500f}, 2, 1);
        for (Objective objective : new Objective[] {new MinimaxObjective(), new NonSaturatingObjective()}) {
            assertThat(objective.discriminatorLoss(huge, huge).item()).isFinite();
            assertThat(objective.generatorLoss(huge).item()).isFinite();
        }
        // D rejects a sample with score -500: the non-saturating generator loss is 500, not infinity
        assertThat(new NonSaturatingObjective().generatorLoss(Tensor.of(new float[] {-500f}, 1, 1)).item())
                .isCloseTo(500f, within(1e-3f));
    }
}
