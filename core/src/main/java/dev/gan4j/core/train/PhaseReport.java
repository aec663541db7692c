package dev.gan4j.core.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one phase did in one iteration, averaged over its repeats.
 *
 * @param loss         the mean loss
 * @param metrics      the mean of each metric the phase reported, in its order
 * @param learningRate the learning rate its optimiser used
 */
public record PhaseReport(double loss, Map<String, Double> metrics, double learningRate) {
    /** Copies the metrics, keeping their order. */
    public PhaseReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
