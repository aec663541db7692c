package dev.gan4j.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of one evaluation and what they were measured with: the feature extractor, the
 * reference data and the number of samples. Figures from different extractors or references are
 * not comparable, which is why every result carries both.
 *
 * @param extractor the {@link FeatureExtractor#id()} that produced the features, or
 *                  {@code "none"} for metrics measured on the samples themselves (mode coverage)
 * @param reference what the samples were compared with ("fashion-mnist test split", a file, a mixture)
 * @param samples   the number of samples evaluated
 * @param seconds   how long the evaluation took, including feature extraction
 * @param metrics   the figures by name ({@link #FID}, {@link #KID}, ...), numbers or arrays of numbers,
 *                  in a stable order
 */
public record EvaluationResult(String extractor, String reference, int samples, double seconds,
                               Map<String, Object> metrics) {
    /** Fréchet distance of the features. */
    public static final String FID = "fid";
    /** Kernel distance (mean over subsets). */
    public static final String KID = "kid";
    /** Standard deviation of the kernel distance over subsets. */
    public static final String KID_STD = "kid_std";
    /** Improved precision. */
    public static final String PRECISION = "precision";
    /** Improved recall. */
    public static final String RECALL = "recall";
    /** The k of precision and recall. */
    public static final String PR_K = "pr_k";
    /** Inception-score-style classifier score. */
    public static final String CLASSIFIER_SCORE = "classifier_score";
    /** Entropy (nats) of the predicted-class histogram. */
    public static final String CLASS_ENTROPY = "class_entropy";
    /** The predicted-class histogram (fractions). */
    public static final String CLASS_HISTOGRAM = "class_histogram";
    /** Fraction of samples classified as the label they were generated for. */
    public static final String CONDITIONAL_ACCURACY = "conditional_accuracy";
    /** Modes covered (toy mixtures). */
    public static final String MODES_COVERED = "modes_covered";
    /** Modes of the mixture. */
    public static final String MODES = "modes";
    /** Fraction of high-quality samples (toy mixtures). */
    public static final String HIGH_QUALITY_FRACTION = "high_quality_fraction";
    /** Mean absolute error against a ground truth. */
    public static final String MAE = "mae";
    /** Peak signal-to-noise ratio against a ground truth, dB. */
    public static final String PSNR = "psnr";

    /** Copies the metrics, keeping their order. */
    public EvaluationResult {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(reference, "reference");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A numeric metric, when present. */
    public OptionalDouble metric(String name) {
        Object value = metrics.get(name);
        return value instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    /**
     * The result as one flat JSON-ready map: {@code features}, {@code reference}, {@code samples},
     * {@code seconds}, then the metrics.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("features", extractor);
        out.put("reference", reference);
        out.put("samples", samples);
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        out.putAll(metrics);
        return out;
    }
}
