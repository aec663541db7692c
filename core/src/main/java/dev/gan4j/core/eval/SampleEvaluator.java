package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compares generated images with a reference set through one feature extractor: Fréchet
 * distance, kernel distance and improved precision/recall on the features, and, when the
 * extractor is a classifier, the classifier score, the predicted-class histogram and its entropy,
 * and (given the labels the samples were generated for) the conditional accuracy.
 *
 * <p>The reference features and statistics are computed once, when the evaluator is made, so an
 * evaluator can score many sample sets (every evaluation step of a run) cheaply.
 */
public final class SampleEvaluator {
    /** Subsets for the kernel distance: fewer than the reference code's 100, which changes its spread, not its mean. */
    public static final int KID_SUBSETS = 50;

    private final FeatureExtractor extractor;
    private final String referenceName;
    private final int[] imageShape;
    private final Tensor referenceFeatures;
    private final GaussianStatistics referenceStatistics;
    private final PrecisionRecall precisionRecall;
    private final KernelDistance kernelDistance;

    /**
     * An evaluator against {@code referenceImages} [N, ...].
     *
     * @param referenceName what the reference is, for results ("fashion-mnist test split")
     * @param k             the neighbourhood size of precision/recall
     */
    public SampleEvaluator(FeatureExtractor extractor, Tensor referenceImages, String referenceName, int k) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.referenceName = Objects.requireNonNull(referenceName, "referenceName");
        this.precisionRecall = new PrecisionRecall(k);
        this.kernelDistance = new KernelDistance(KID_SUBSETS, KernelDistance.DEFAULT_SUBSET_SIZE);
        int[] dims = referenceImages.dims();
        this.imageShape = Arrays.copyOfRange(dims, 1, dims.length);
        int[] wanted = extractor.imageShape();
        if (wanted.length > 0 && !Arrays.equals(wanted, imageShape)) {
            throw new IllegalArgumentException("The reference images (" + referenceName + ") have shape "
                    + referenceImages.shape() + ", but the feature extractor " + extractor.id() + " takes images of "
                    + "shape " + Arrays.toString(wanted) + "; give a reference and features for the same images.");
        }
        this.referenceFeatures = extractor.extract(referenceImages).features();
        this.referenceStatistics = GaussianStatistics.of(referenceFeatures);
    }

    /** The extractor. */
    public FeatureExtractor extractor() {
        return extractor;
    }

    /** The reference's name. */
    public String referenceName() {
        return referenceName;
    }

    /** The number of reference images. */
    public int referenceCount() {
        return referenceFeatures.dim(0);
    }

    /**
     * Evaluates {@code samples} [N, ...] shaped like the reference images.
     *
     * @param labels the class each sample was generated for, or null
     * @param rng    draws the kernel distance's subsets
     * @throws IllegalArgumentException naming both shapes when the samples are not shaped like the
     *                                  reference, or when there are too few samples for a metric
     */
    public EvaluationResult evaluate(Tensor samples, int[] labels, Rng rng) {
        Objects.requireNonNull(samples, "samples");
        int[] dims = samples.dims();
        if (dims.length != imageShape.length + 1 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length),
                imageShape)) {
            throw new IllegalArgumentException("The samples have shape " + samples.shape() + ", but the reference ("
                    + referenceName + ") has images of shape " + Arrays.toString(imageShape) + "; the samples must "
                    + "be [N, " + Arrays.toString(imageShape).replace("[", "") + ".");
        }
        long start = System.nanoTime();
        ExtractedFeatures extracted = extractor.extract(samples);
        Tensor features = extracted.features();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put(EvaluationResult.FID, FrechetDistance.between(referenceStatistics,
                GaussianStatistics.of(features)));
        KernelDistance.Result kid = kernelDistance.evaluate(referenceFeatures, features, rng);
        metrics.put(EvaluationResult.KID, kid.mean());
        metrics.put(EvaluationResult.KID_STD, kid.std());
        PrecisionRecall.Result pr = precisionRecall.evaluate(referenceFeatures, features);
        metrics.put(EvaluationResult.PRECISION, pr.precision());
        metrics.put(EvaluationResult.RECALL, pr.recall());
        metrics.put(EvaluationResult.PR_K, pr.k());
        if (extracted.probabilities().isPresent()) {
            ClassPredictions predictions = ClassPredictions.of(extracted.probabilities().get());
            metrics.put(EvaluationResult.CLASSIFIER_SCORE, predictions.classifierScore());
            metrics.put(EvaluationResult.CLASS_ENTROPY, predictions.histogramEntropy());
            metrics.put(EvaluationResult.CLASS_HISTOGRAM, predictions.histogram());
            if (labels != null) {
                metrics.put(EvaluationResult.CONDITIONAL_ACCURACY, predictions.accuracyAgainst(labels));
            }
        } else if (labels != null) {
            throw new IllegalArgumentException("Labels were given for a conditional accuracy, but the feature "
                    + "extractor " + extractor.id() + " gives no class probabilities; use a classifier's output.");
        }
        return new EvaluationResult(extractor.id(), referenceName, samples.dim(0),
                (System.nanoTime() - start) / 1e9, metrics);
    }
}
