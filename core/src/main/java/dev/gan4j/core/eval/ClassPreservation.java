package dev.gan4j.core.eval;

import dev.gan4j.core.data.ImageTransform;
import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * Whether a translation keeps what its source image shows: the fraction of pairs (source i,
 * translation i) a classifier puts in the same class. A domain made by a built-in transform
 * ({@code invert}, {@code flip_invert}, {@code flip}, {@code rotate_invert}) is classified after undoing it, so
 * a classifier trained on the original images can judge both sides.
 *
 * @param preserved the fraction of pairs given the same class, from 0 to 1
 * @param pairs     the number of pairs compared
 */
public record ClassPreservation(double preserved, int pairs) {
    /** The key of {@link #preserved()} in an evaluation's JSON line. */
    public static final String KEY = "class_preserved";

    /**
     * Compares the classes of {@code sources} and {@code translations} ([N, C, H, W] each).
     *
     * @param classifier      an extractor that gives class probabilities
     * @param sourceUndo      the transform that made the source domain, undone before classifying, or null
     * @param translationUndo the transform that made the target domain, undone before classifying, or null
     * @throws IllegalArgumentException naming both counts when the tensors hold different numbers of
     *                                  images, or when the extractor is not a classifier
     */
    public static ClassPreservation of(FeatureExtractor classifier, Tensor sources, ImageTransform sourceUndo,
                                       Tensor translations, ImageTransform translationUndo) {
        Objects.requireNonNull(classifier, "classifier");
        if (sources.dim(0) != translations.dim(0)) {
            throw new IllegalArgumentException("There are " + sources.dim(0) + " source images but "
                    + translations.dim(0) + " translations; give the translation of every source, in order.");
        }
        int[] before = classes(classifier, sourceUndo == null ? sources : sourceUndo.undo(sources));
        int[] after = classes(classifier, translationUndo == null ? translations : translationUndo.undo(translations));
        int same = 0;
        for (int i = 0; i < before.length; i++) {
            same += before[i] == after[i] ? 1 : 0;
        }
        return new ClassPreservation((double) same / before.length, before.length);
    }

    private static int[] classes(FeatureExtractor classifier, Tensor images) {
        Tensor probabilities = classifier.extract(images).probabilities().orElseThrow(() ->
                new IllegalArgumentException("Class preservation needs a classifier, but the feature extractor "
                        + classifier.id() + " gives no class probabilities; use --features fashion-mnist."));
        return ClassPredictions.of(probabilities).predicted();
    }
}
