package dev.gan4j.core.train;

import dev.gan4j.core.nn.Parameter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradients of one optimiser step of a phase, not yet applied: the loss and metrics of the
 * batch they were computed on, and the phase's parameters (under checkpoint names), whose
 * {@code grad()} holds them.
 *
 * @param phase      the phase's name
 * @param loss       the batch's loss
 * @param metrics    the batch's metrics, in the order the phase gave them
 * @param parameters the phase's parameters, named as in {@link NetworkTensors}; a parameter no gradient reached has none
 */
public record PhaseGradients(String phase, double loss, Map<String, Double> metrics, List<Parameter> parameters) {
    /** Copies the metrics and the list. */
    public PhaseGradients {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        parameters = List.copyOf(parameters);
    }
}
