package dev.gan4j.examples.eval;

import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.ClassifierCache;
import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.MixtureCoverage;
import dev.gan4j.core.eval.ReferenceImages;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How {@code gan4j eval} and {@code gan4j compare} measure samples, in one place, so the two report
 * the same figures for the same samples: mode coverage of 2-D points against the toy mixture they
 * imitate, and FID / KID / precision-recall / class histogram of images against real images
 * through a feature extractor (gan4j's Fashion-MNIST classifier unless another is given).
 */
public final class SampleMeasurement {
    private SampleMeasurement() {
    }

    /**
     * The mode coverage of {@code points}: modes covered, the number of modes and the fraction of
     * high-quality samples (within three standard deviations of a mode), by {@link MixtureCoverage}'s
     * default rule.
     */
    public static EvaluationResult coverage(Tensor points, GaussianMixture mixture) {
        long start = System.nanoTime();
        CoverageReport report = MixtureCoverage.of(mixture).evaluate(points);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(EvaluationResult.MODES_COVERED, report.modesCovered());
        metrics.put(EvaluationResult.MODES, report.modes());
        metrics.put(EvaluationResult.HIGH_QUALITY_FRACTION, report.highQualityFraction());
        return new EvaluationResult("none", mixture.description(), points.dim(0), (System.nanoTime() - start) / 1e9,
                metrics);
    }

    /**
     * gan4j's Fashion-MNIST classifier, trained once on the training split and cached under
     * {@code $GAN4J_HOME}; the caller closes it if it is {@link AutoCloseable}.
     *
     * @param progress where the one-off training reports progress
     */
    public static FeatureExtractor fashionMnistClassifier(DataContext context, Consumer<String> progress)
            throws IOException {
        return new ClassifierCache(ClassifierCache.home(context.environment()), FashionMnistLocator.of(context),
                progress).load();
    }

    /**
     * An evaluator of images against the {@code real} ones (resolved first, so a bad reference is
     * reported before a feature model is loaded), through {@code extractor}, with neighbourhoods of
     * {@code k} for precision/recall.
     */
    public static SampleEvaluator images(ReferenceImages real, FeatureExtractor extractor, int k) {
        return new SampleEvaluator(extractor, real.images(), real.name(), k);
    }

    /**
     * The figures of {@code samples} under {@code evaluator}; KID's subsets are drawn from a
     * generator split from {@code seed}, the same for both commands.
     *
     * @param labels the class each sample was generated for, or null
     */
    public static EvaluationResult evaluate(SampleEvaluator evaluator, Tensor samples, int[] labels, long seed) {
        return evaluator.evaluate(samples, labels, new Rng(seed).split());
    }
}
