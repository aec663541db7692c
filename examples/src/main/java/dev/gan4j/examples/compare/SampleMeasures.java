package dev.gan4j.examples.compare;

import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.eval.EvaluationResult;
import dev.gan4j.core.eval.FeatureExtractor;
import dev.gan4j.core.eval.SampleEvaluator;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.examples.eval.SampleMeasurement;
import java.util.function.Supplier;

/**
 * Measures the samples of each compared family the same way, as {@code gan4j eval} does
 * ({@link SampleMeasurement}): mode coverage and the fraction of high-quality samples for a toy
 * mixture; FID, KID, precision/recall and the class histogram (through an evaluator made once, on
 * first use) for images.
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
            return SampleMeasurement.coverage(samples, mixture);
        }
        if (evaluator == null) {
            evaluator = images.get();
        }
        return SampleMeasurement.evaluate(evaluator, samples, null, seed);
    }

    /** The feature extractor of the image evaluator, if one was made (so the caller can close it). */
    FeatureExtractor extractor() {
        return evaluator == null ? null : evaluator.extractor();
    }
}
