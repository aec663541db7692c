package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FeatureExtractor} makes of a batch of images: one feature vector per image, and,
 * when the extractor is a classifier, class probabilities.
 */
public final class ExtractedFeatures {
    private final Tensor features;
    private final Tensor probabilities;

    /**
     * @param features      [N, D] feature vectors
     * @param probabilities [N, K] class probabilities (each row sums to 1), or null when the
     *                      extractor is not a classifier
     */
    public ExtractedFeatures(Tensor features, Tensor probabilities) {
        Objects.requireNonNull(features, "features");
        if (features.rank() != 2) {
            throw new IllegalArgumentException("Features must be [N, D], but their shape is " + features.shape() + ".");
        }
        if (probabilities != null && (probabilities.rank() != 2 || probabilities.dim(0) != features.dim(0))) {
            throw new IllegalArgumentException("Class probabilities must be [N, K] with N = " + features.dim(0)
                    + " (one row per feature vector), but their shape is " + probabilities.shape() + ".");
        }
        this.features = features;
        this.probabilities = probabilities;
    }

    /** The [N, D] feature vectors. */
    public Tensor features() {
        return features;
    }

    /** The number of images. */
    public int count() {
        return features.dim(0);
    }

    /** The [N, K] class probabilities, when the extractor is a classifier. */
    public Optional<Tensor> probabilities() {
        return Optional.ofNullable(probabilities);
    }
}
