package dev.gan4j.core.eval;

import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * gan4j's built-in feature extractor: a trained {@link FashionMnistClassifier}. The features are
 * its 256-wide penultimate layer (after ReLU); the probabilities its softmax output. It takes
 * [N, 1, 28, 28] images in [-1, 1].
 */
public final class ClassifierFeatureExtractor implements FeatureExtractor {
    private static final int[] IMAGE_SHAPE = {1, FashionMnist.SIDE, FashionMnist.SIDE};

    private final FashionMnistClassifier classifier;
    private final Map<String, String> provenance;

    /**
     * Wraps a trained classifier.
     *
     * @param provenance the classifier's provenance (recipe, seed, test accuracy, ...)
     */
    public ClassifierFeatureExtractor(FashionMnistClassifier classifier, Map<String, String> provenance) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.provenance = Map.copyOf(provenance);
    }

    @Override
    public String id() {
        return FashionMnistClassifier.RECIPE;
    }

    @Override
    public String description() {
        return "the 256-wide penultimate layer of gan4j's Fashion-MNIST classifier (recipe "
                + FashionMnistClassifier.RECIPE + ", test accuracy " + provenance.getOrDefault(
                ClassifierCache.TEST_ACCURACY, "unknown") + ")";
    }

    @Override
    public Map<String, String> provenance() {
        return provenance;
    }

    @Override
    public int[] imageShape() {
        return IMAGE_SHAPE.clone();
    }

    @Override
    public ExtractedFeatures extract(Tensor images) {
        Objects.requireNonNull(images, "images");
        int[] dims = images.dims();
        if (dims.length != 4 || !Arrays.equals(Arrays.copyOfRange(dims, 1, 4), IMAGE_SHAPE)) {
            throw new IllegalArgumentException("The Fashion-MNIST classifier takes images of shape [N, 1, 28, 28], "
                    + "but was given " + images.shape() + "; give --features model.onnx for other images.");
        }
        return classifier.extract(images);
    }
}
