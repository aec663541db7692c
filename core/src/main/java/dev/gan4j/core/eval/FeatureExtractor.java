package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Map;

/**
 * Maps images to feature vectors (and, for a classifier, class probabilities) on which sample
 * quality is measured: Fréchet distance, kernel distance and precision/recall compare feature
 * distributions, the classifier score and class histogram use the probabilities. Every
 * {@link EvaluationResult} names the extractor that produced it, since figures from different
 * extractors are not comparable.
 */
public interface FeatureExtractor {
    /** A short stable name, written with every result: {@code "fashion-mnist-cnn-v1"}, {@code "onnx:inception.onnx#pool3"}. */
    String id();

    /** One sentence for people: what the network is and where its features come from. */
    String description();

    /** Where the extractor came from (recipe, seed, test accuracy, file checksum), written with results. */
    Map<String, String> provenance();

    /**
     * The shape of one image the extractor takes, such as [1, 28, 28]; an empty array when it
     * takes any shape (the images are checked by the extractor itself).
     */
    int[] imageShape();

    /**
     * The features (and probabilities, for a classifier) of {@code images} [N, ...imageShape].
     *
     * @throws IllegalArgumentException naming both shapes when the images do not fit
     */
    ExtractedFeatures extract(Tensor images);
}
