package dev.gan4j.examples.compare;

import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.CoverageReport;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.MixtureCoverage;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the samples of each compared family the same way, with core's evaluation: mode coverage
 * and the fraction of high-quality samples for a toy mixture; FID, KID, precision/recall and the
 * class histogram (through a feature extractor made once, on first use) for images.
 */
final class SampleMeasures {
    private final Supplier<SampleEvaluator> images;
    private SampleEvaluator evaluator;

    /** @param images makes the image evaluator (features of the real images) the first time images are measured */
    SampleMeasures(Supplier<SampleEvaluator> images) {
        this.images = images;
    }

    /** The figures of {@code samples} of data drawn from {@code mixture}, or of images when {@code mixture} is null. */
    EvaluationResult measure(Tensor samples, GaussianMixture mixture, long seed) {
        if (mixture != null) {
            return coverage(samples, mixture);
        }
        if (evaluator == null) {
            evaluator = images.get();
        }
        return evaluator.evaluate(samples, null, new Rng(seed));
    }

    /** The feature extractor of the image evaluator, if one was made (so the caller can close it). */
    FeatureExtractor extractor() {
        return evaluator == null ? null : evaluator.extractor();
    }

    private static EvaluationResult coverage(Tensor points, GaussianMixture mixture) {
        long start = System.nanoTime();
        CoverageReport report = MixtureCoverage.of(mixture).evaluate(points);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(EvaluationResult.MODES_COVERED, report.modesCovered());
        metrics.put(EvaluationResult.MODES, report.modes());
        metrics.put(EvaluationResult.HIGH_QUALITY_FRACTION, report.highQualityFraction());
        return new EvaluationResult("none", mixture.description(), points.dim(0), (System.nanoTime() - start) / 1e9,
                metrics);
    }
}
