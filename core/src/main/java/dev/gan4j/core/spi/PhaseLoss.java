package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;
import java.util.Map;

/**
 * The result of one phase's forward pass.
 *
 * @param loss    the scalar to minimise, with its graph
 * @param metrics named scalars to log ({@code "d_real"}, {@code "gp"}, ...), in insertion order
 */
public record PhaseLoss(Tensor loss, Map<String, Double> metrics) {
    /** Checks that the loss is a scalar, and copies the metrics. */
    public PhaseLoss {
        if (loss.size() != 1) {
            throw new IllegalArgumentException("A phase loss must be a scalar, but its shape is " + loss.shape()
                    + "; reduce it with mean() or sum().");
        }
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
