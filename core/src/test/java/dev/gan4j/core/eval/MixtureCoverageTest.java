package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Mode coverage and the high-quality fraction on samples whose answer is known. */
class MixtureCoverageTest {
    @Test
    void samplesFromTheRingItselfCoverAllEightModesAndAreAlmostAllHighQuality() {
        GaussianMixture ring = GaussianMixture.ring8(1, false);

        CoverageReport report = MixtureCoverage.of(ring).evaluate(ring.sample(2000, new Rng(1), null));

        assertThat(report.modes()).isEqualTo(8);
        assertThat(report.minimumPerMode()).isEqualTo(50);
        assertThat(report.modesCovered()).isEqualTo(8);
        assertThat(report.highQualityFraction()).isGreaterThan(0.98);
        assertThat(report.toString()).startsWith("8/8 modes covered, ");
    }

    @Test
    void samplesFromTheGridItselfCoverAllTwentyFiveModes() {
        GaussianMixture grid = GaussianMixture.grid25(1, false);

        CoverageReport report = MixtureCoverage.of(grid).evaluate(grid.sample(2000, new Rng(2), null));

        assertThat(report.modesCovered()).isEqualTo(25);
        assertThat(report.highQualityFraction()).isGreaterThan(0.98);
    }

    @Test
    void aScaledMixtureIsMeasuredInItsOwnScale() {
        GaussianMixture small = GaussianMixture.ring8(0.25, false);

        CoverageReport report = MixtureCoverage.of(small).evaluate(small.sample(2000, new Rng(3), null));

        assertThat(report.modesCovered()).isEqualTo(8);
        assertThat(report.highQualityFraction()).isGreaterThan(0.98);
    }

    @Test
    void samplesFromOneModeCoverOneOfEight() {
        GaussianMixture ring = GaussianMixture.ring8(1, false);
        double[] mode = ring.modes()[3];
        float[] xy = new float[2 * 1000];
        Rng rng = new Rng(4);
        for (int i = 0; i < 1000; i++) {
            xy[2 * i] = (float) (mode[0] + ring.std() * rng.nextGaussian());
            xy[2 * i + 1] = (float) (mode[1] + ring.std() * rng.nextGaussian());
        }

        CoverageReport report = MixtureCoverage.of(ring).evaluate(Tensor.of(xy, 1000, 2));

        assertThat(report.modesCovered()).isEqualTo(1);
        assertThat(report.highQualityPerMode()[3]).isEqualTo(report.highQualitySamples());
        assertThat(report.highQualityFraction()).isGreaterThan(0.98);
    }

    @Test
    void uniformNoiseIsAlmostNeverHighQuality() {
        GaussianMixture ring = GaussianMixture.ring8(1, false);
        float[] xy = new float[2 * 2000];
        new Rng(5).fillUniform(xy, -3, 3);

        CoverageReport report = MixtureCoverage.of(ring).evaluate(Tensor.of(xy, 2000, 2));

        assertThat(report.highQualityFraction()).isLessThan(0.01);
        assertThat(report.modesCovered()).isZero();
    }

    @Test
    void uniformNoiseOverTheGridCoversNoModeByTheDefaultRuleThoughItTouchesMany() {
        GaussianMixture grid = GaussianMixture.grid25(1, false);
        float[] xy = new float[2 * 2000];
        new Rng(6).fillUniform(xy, -5, 5);

        CoverageReport report = MixtureCoverage.of(grid).evaluate(Tensor.of(xy, 2000, 2));

        assertThat(report.minimumPerMode()).isEqualTo(16);
        assertThat(report.modesCovered()).isZero();
        assertThat(report.modesCoveredWithAtLeast(1)).isGreaterThan(10);
        assertThat(report.highQualityFraction()).isLessThan(0.05);
    }

    @Test
    void theDefaultMinimumIsAFifthOfTheExpectedCountPerMode() {
        assertThat(MixtureCoverage.of(GaussianMixture.grid25(1, false)).defaultMinimumPerMode(2500)).isEqualTo(20);
        assertThat(MixtureCoverage.of(GaussianMixture.ring8(1, false)).defaultMinimumPerMode(2000)).isEqualTo(50);
        assertThat(MixtureCoverage.of(GaussianMixture.ring8(1, false)).defaultMinimumPerMode(10)).isEqualTo(1);
    }

    @Test
    void aModeNeedsTheMinimumNumberOfHighQualitySamplesToCount() {
        MixtureCoverage coverage = new MixtureCoverage(new double[][] {{0, 0}, {10, 0}}, 1.0);
        float[] xy = {0, 0, 0.5f, 0, 0, 2.9f, 10, 0, 5, 5};

        CoverageReport atLeastOne = coverage.evaluate(xy, 1);
        CoverageReport atLeastTwo = coverage.evaluate(xy, 2);

        assertThat(atLeastOne.highQualityPerMode()).containsExactly(3, 1);
        assertThat(atLeastOne.modesCovered()).isEqualTo(2);
        assertThat(atLeastTwo.modesCovered()).isEqualTo(1);
        assertThat(atLeastOne.highQualityFraction()).isEqualTo(0.8);
    }

    @Test
    void aSampleJustOutsideThreeStandardDeviationsIsNotHighQuality() {
        MixtureCoverage coverage = new MixtureCoverage(new double[][] {{0, 0}}, 0.5);

        assertThat(coverage.evaluate(new float[] {1.49f, 0}, 1).highQualitySamples()).isEqualTo(1);
        assertThat(coverage.evaluate(new float[] {1.51f, 0}, 1).highQualitySamples()).isZero();
    }

    @Test
    void samplesThatAreNotTwoDimensionalAreRefused() {
        MixtureCoverage coverage = MixtureCoverage.of(GaussianMixture.grid25(1, false));

        assertThatThrownBy(() -> coverage.evaluate(Tensor.of(new float[6], 2, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mode coverage scores 2-D samples of shape [N, 2] with N at least 1, but the "
                        + "shape is");
    }
}
