package dev.gan4j.examples;

import dev.gan4j.core.Gan4j;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.MixtureCoverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Trains a shipped toy-mixture config in memory for its full number of steps, as {@code gan4j train}
 * would, and scores 2,000 samples with {@link MixtureCoverage}'s default rule: what the coverage
 * tests of every family that learns a toy mixture share.
 */
final class ShippedToyConfigs {
    /** Samples scored per config. */
    static final int SAMPLES = 2000;
    private static final long SAMPLE_SEED = 0;

    private ShippedToyConfigs() {
    }

    /**
     * Trains {@code examples/configs/<configName>} and scores its samples, printing the figures with
     * the training and sampling times.
     */
    static CoverageReport trainAndScore(String configName) throws Exception {
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

    /** A shipped config, found whether the tests run from the repository root or the examples module. */
    static Path configFile(String name) {
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
