package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Objects;

/**
 * How far translated images are from a known ground truth (paired test data of a translation
 * model): the mean absolute error per value, and the peak signal-to-noise ratio in decibels for
 * images in [-1, 1] (a peak-to-peak range of 2), {@code 10 log10(range² / MSE)}, infinite for
 * identical images.
 *
 * @param meanAbsoluteError the mean of |translated - truth| over every value
 * @param psnr              the peak signal-to-noise ratio, dB
 */
public record TranslationError(double meanAbsoluteError, double psnr) {
    /** The peak-to-peak range of images in [-1, 1]. */
    public static final double RANGE = 2.0;

    /**
     * Compares {@code translated} with {@code truth}, two tensors of the same shape.
     *
     * @throws IllegalArgumentException naming both shapes when they differ
     */
    public static TranslationError between(Tensor translated, Tensor truth) {
        Objects.requireNonNull(translated, "translated");
        Objects.requireNonNull(truth, "truth");
        if (!translated.shape().equals(truth.shape())) {
            throw new IllegalArgumentException("The translated images have shape " + translated.shape()
                    + " but the ground truth has shape " + truth.shape() + "; they must match image for image.");
        }
        float[] a = translated.data();
        float[] b = truth.data();
        double absolute = 0;
        double squared = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            absolute += Math.abs(diff);
            squared += diff * diff;
        }
        double mse = squared / a.length;
        double psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(RANGE * RANGE / mse);
        return new TranslationError(absolute / a.length, psnr);
    }
}
