package dev.gan4j.examples;

import static dev.gan4j.examples.ShippedToyConfigs.trainAndScore;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.MixtureCoverage;
import org.junit.jupiter.api.Test;

/**
 * The shipped toy configs train a plain {@code gan} that covers the modes of its mixture with
 * sharp samples (issue 3's must-show): {@code gan-ring8.json} covers 8 of 8 modes and
 * {@code gan-grid25.json} at least 23 of 25, each with at least 80% of 2,000 samples within three
 * standard deviations of a mode, scored by {@link MixtureCoverage}'s default rule (a mode counts
 * with at least a fifth of its expected share of high-quality samples).
 *
 * <p>Each config is trained in memory for its full number of steps, as {@code gan4j train} would
 * ({@link ShippedToyConfigs#trainAndScore}).
 */
class ToyMixtureCoverageTest {
    private static final double MIN_HIGH_QUALITY_FRACTION = 0.8;

    @Test
    void ring8ConfigCoversAllEightModesWithMostSamplesNearAMode() throws Exception {
        CoverageReport report = trainAndScore("gan-ring8.json");
        assertThat(report.modesCovered()).as("modes of ring8 covered").isEqualTo(8);
        assertThat(report.highQualityFraction()).as("fraction of ring8 samples within 3 std of a mode")
                .isGreaterThanOrEqualTo(MIN_HIGH_QUALITY_FRACTION);
    }

    @Test
    void grid25ConfigCoversAtLeast23ModesWithMostSamplesNearAMode() throws Exception {
        CoverageReport report = trainAndScore("gan-grid25.json");
        assertThat(report.modesCovered()).as("modes of grid25 covered").isGreaterThanOrEqualTo(23);
        assertThat(report.highQualityFraction()).as("fraction of grid25 samples within 3 std of a mode")
                .isGreaterThanOrEqualTo(MIN_HIGH_QUALITY_FRACTION);
    }
}
