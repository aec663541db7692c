package dev.gan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.Gan4j;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.MixtureCoverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The shipped toy configs of the discriminator-only family train a score network whose Langevin
 * samples, from fresh noise, cover the modes of the mixture (issue 12's must-show):
 * {@code ebm-ring8.json} covers 8 of 8 modes and {@code ebm-grid25.json} at least 23 of 25, each
 * with at least 70% of 2,000 samples within three standard deviations of a mode, scored by
 * {@link MixtureCoverage}'s default rule as the GAN's {@link ToyMixtureCoverageTest} is.
 *
 * <p>Each config is trained in memory for its full number of steps, as {@code gan4j train} would.
 */
class EbmToyMixtureCoverageTest {
    private static final int SAMPLES = 2000;
    private static final long SAMPLE_SEED = 0;
    private static final double MIN_HIGH_QUALITY_FRACTION = 0.7;

    @Test
    void ring8ConfigCoversAllEightModesWithMostSamplesNearAMode() throws Exception {
        CoverageReport report = trainAndScore("ebm-ring8.json");
        assertThat(report.modesCovered()).as("modes of ring8 covered").isEqualTo(8);
        assertThat(report.highQualityFraction()).as("fraction of ring8 samples within 3 std of a mode")
                .isGreaterThanOrEqualTo(MIN_HIGH_QUALITY_FRACTION);
    }

    @Test
    void grid25ConfigCoversAtLeast23ModesWithMostSamplesNearAMode() throws Exception {
        CoverageReport report = trainAndScore("ebm-grid25.json");
        assertThat(report.modesCovered()).as("modes of grid25 covered").isGreaterThanOrEqualTo(23);
        assertThat(report.highQualityFraction()).as("fraction of grid25 samples within 3 std of a mode")
                .isGreaterThanOrEqualTo(MIN_HIGH_QUALITY_FRACTION);
    }

    private static CoverageReport trainAndScore(String configName) throws Exception {
        Gan4j gan4j = Gan4j.discover();
        long start = System.nanoTime();
        Gan4j.Model model = gan4j.train(gan4j.config(configFile(configName)));
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        GaussianMixture mixture = (GaussianMixture) model.run().dataset();
        long sampling = System.nanoTime();
        CoverageReport report = MixtureCoverage.of(mixture).evaluate(model.sample(SAMPLES, SAMPLE_SEED));
        double sampleSeconds = (System.nanoTime() - sampling) / 1e9;
        System.out.printf("%s: %d of %d modes covered, %.1f%% of %d samples within 3 std of a mode, trained in %.1f s,"
                        + " sampled in %.1f s; high-quality samples per mode %s%n",
                configName, report.modesCovered(), report.modes(), 100 * report.highQualityFraction(), SAMPLES,
                trainSeconds, sampleSeconds, Arrays.toString(report.highQualityPerMode()));
        return report;
    }

    private static Path configFile(String name) {
        for (Path candidate : new Path[] {Path.of("configs", name), Path.of("examples", "configs", name)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The shipped config " + name + " is in neither configs/ nor examples/configs/"
                + " under " + Path.of("").toAbsolutePath()
                + "; run the test from the repository root or from the examples module.");
    }
}
