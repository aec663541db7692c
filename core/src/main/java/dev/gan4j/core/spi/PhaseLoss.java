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

    /** The loss with no metrics yet; add them in the order they should be logged with {@link #withMetric}. */
    public static PhaseLoss of(Tensor loss) {
        return new PhaseLoss(loss, Map.of());
    }

    /** This result with one more metric, logged after those already there. */
    public PhaseLoss withMetric(String name, double value) {
        Map<String, Double> more = new java.util.LinkedHashMap<>(metrics);
        more.put(name, value);
        return new PhaseLoss(loss, more);
    }
}
