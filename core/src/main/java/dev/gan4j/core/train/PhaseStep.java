package dev.gan4j.core.train;

import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import java.util.List;

/**
 * One optimiser step of a phase as the trainer hands it to a {@link GradientSource}: which phase,
 * which iteration and repeat, the parameters whose gradients to fill (zeroed), and the run's data
 * stream and noise generator, which the source must leave where computing the step here would have
 * left them (one batch drawn, the phase's noise drawn).
 *
 * @param iteration  the iteration, 0 for the first
 * @param repeat     the repeat of the phase within the iteration, 0 for the first
 * @param phase      the phase's name
 * @param parameters the phase's parameters under checkpoint names ({@link NetworkTensors}), gradients zeroed
 * @param data       the run's batch stream, at the batch this step would draw
 * @param noise      the run's noise generator
 */
public record PhaseStep(long iteration, int repeat, String phase, List<Parameter> parameters, BatchStream data,
                        Rng noise) {
    /** Copies the list. */
    public PhaseStep {
        parameters = List.copyOf(parameters);
    }
}
