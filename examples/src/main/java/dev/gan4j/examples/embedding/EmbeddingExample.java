package dev.gan4j.examples.embedding;

import dev.gan4j.core.Gan4j;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.MixtureCoverage;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;

/**
 * gan4j embedded in an application: a GAN trained on the ring of eight Gaussians in memory (no
 * command line, no files), then sampled, in the few lines of {@link #trainAndSample}.
 *
 * <pre>
 *   java -cp gan4j.jar dev.gan4j.examples.embedding.EmbeddingExample [STEPS]
 * </pre>
 *
 * <p>The default 1,000 steps take seconds and show the API, not a finished model: they reach only
 * part of the ring. A run of {@code examples/configs/gan-ring8.json} (8,000 steps of 256, an R1
 * penalty and weight averaging) covers all eight modes.
 */
public final class EmbeddingExample {
    /** Training steps when none are given on the command line. */
    public static final int DEFAULT_STEPS = 1000;

    private EmbeddingExample() {
    }

    /** Trains for {@code args[0]} steps (default {@value #DEFAULT_STEPS}), samples 1,000 points and prints their mode coverage. */
    public static void main(String[] args) throws IOException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_STEPS;
        long started = System.nanoTime();
        Tensor samples = trainAndSample(steps, 1000);
        double seconds = (System.nanoTime() - started) / 1e9;
        CoverageReport coverage = MixtureCoverage.of(GaussianMixture.ring8(1, false)).evaluate(samples);
        System.out.printf("Trained a GAN on ring8 for %d steps in %.1f s; %d samples %s cover %d of %d modes, "
                        + "%.0f%% within 3 standard deviations of a mode.%n", steps, seconds, samples.dim(0),
                samples.shape(), coverage.modesCovered(), coverage.modes(), 100 * coverage.highQualityFraction());
    }

    /**
     * The embedding itself: find the installed families, read a config, train in memory, sample.
     *
     * @param steps   training iterations
     * @param samples how many points to draw
     * @return the samples, [samples, 2]
     */
    public static Tensor trainAndSample(int steps, int samples) throws IOException {
        Gan4j gan4j = Gan4j.discover();
        Gan4j.Model model = gan4j.train(gan4j.config("""
                {"family": {"type": "gan", "latentSize": 2,
                            "network": {"type": "mlp", "hiddenSizes": [128, 128], "generatorOutput": "linear"}},
                 "data": {"type": "ring8"},
                 "training": {"steps": %d, "batchSize": 128, "seed": 1,
                              "optimizers": {"generator": {"lr": 0.0005, "beta1": 0.5},
                                             "discriminator": {"lr": 0.0005, "beta1": 0.5}}}}
                """.formatted(steps)));
        return model.sample(samples, 42);
    }
}
