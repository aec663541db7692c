package dev.gan4j.examples.relativistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import org.junit.jupiter.api.Test;

/** The relativistic losses against the formulas of Jolicoeur-Martineau (2018), computed by hand. */
class RelativisticLossTest {
    private static final float[] REAL = {1.5f, -0.5f, 0.25f};
    private static final float[] FAKE = {0.5f, 0.75f, -1f};

    @Test
    void pairedCriticLossIsBceOfRealMinusFakeAgainstOne() {
        double expected = 0;
        for (int i = 0; i < REAL.length; i++) {
            expected += softplus(-(REAL[i] - FAKE[i]));
        }
        expected /= REAL.length;
        assertThat(new RelativisticLoss(false).criticLoss(scores(REAL), scores(FAKE)).item())
                .isCloseTo((float) expected, within(1e-6f));
    }

    @Test
    void pairedGeneratorLossIsBceOfFakeMinusRealAgainstOne() {
        double expected = 0;
        for (int i = 0; i < REAL.length; i++) {
            expected += softplus(-(FAKE[i] - REAL[i]));
        }
        expected /= REAL.length;
        assertThat(new RelativisticLoss(false).generatorLoss(scores(REAL), scores(FAKE)).item())
                .isCloseTo((float) expected, within(1e-6f));
    }

    @Test
    void averagedLossesCompareEachSampleWithTheOtherKindsMeanScore() {
        double meanReal = mean(REAL);
        double meanFake = mean(FAKE);
        double realAbove = 0;
        double fakeBelow = 0;
        double fakeAbove = 0;
        double realBelow = 0;
        for (int i = 0; i < REAL.length; i++) {
            realAbove += softplus(-(REAL[i] - meanFake));
            fakeBelow += softplus(FAKE[i] - meanReal);
            fakeAbove += softplus(-(FAKE[i] - meanReal));
            realBelow += softplus(REAL[i] - meanFake);
        }
        int n = REAL.length;
        RelativisticLoss loss = new RelativisticLoss(true);
        assertThat(loss.criticLoss(scores(REAL), scores(FAKE)).item())
                .isCloseTo((float) ((realAbove / n + fakeBelow / n) / 2), within(1e-6f));
        assertThat(loss.generatorLoss(scores(REAL), scores(FAKE)).item())
                .isCloseTo((float) ((fakeAbove / n + realBelow / n) / 2), within(1e-6f));
    }

    @Test
    void criticLossFallsAsRealScoresRiseAboveFakes() {
        RelativisticLoss loss = new RelativisticLoss(false);
        float close = loss.criticLoss(scores(new float[] {0.1f}), scores(new float[] {0f})).item();
        float apart = loss.criticLoss(scores(new float[] {3f}), scores(new float[] {0f})).item();
        assertThat(apart).isLessThan(close);
        assertThat(close).isCloseTo((float) softplus(-0.1), within(1e-6f));
    }

    @Test
    void gradientsOfBothVariantsMatchFiniteDifferences() {
        for (boolean average : new boolean[] {false, true}) {
            RelativisticLoss loss = new RelativisticLoss(average);
            GradientCheck.standard().check(in -> loss.criticLoss(in.get(0), in.get(1)), scores(REAL), scores(FAKE));
            GradientCheck.standard().check(in -> loss.generatorLoss(in.get(0), in.get(1)), scores(REAL), scores(FAKE));
        }
    }

    @Test
    void pairedLossRefusesBatchesOfDifferentSizes() {
        assertThatThrownBy(() -> new RelativisticLoss(false).criticLoss(scores(REAL), scores(new float[] {1f, 2f})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3, 1]").hasMessageContaining("[2, 1]")
                .hasMessageContaining("same shape");
    }

    private static Tensor scores(float[] values) {
        return Tensor.of(values.clone(), values.length, 1);
    }

    private static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
