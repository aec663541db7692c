package dev.gan4j.models.cycle;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The number of steps a phase has taken, for a schedule that changes a loss's weights as training
 * goes on (DiscoGAN's reconstruction curriculum). It is a layer only so that a system can list it
 * among its networks: the count is a buffer, so checkpoints keep it and a resumed run continues on
 * the same schedule. Its {@link #forward} returns the input unchanged.
 */
final class IterationCounter extends AbstractLayer {
    private final Tensor steps = Tensor.zeros(1);

    /** The steps counted so far. */
    long steps() {
        return (long) steps.data()[0];
    }

    /** Counts one more step. */
    void increment() {
        steps.data()[0] += 1;
    }

    /** Returns {@code input} unchanged: the counter takes part in training through {@link #steps()} only. */
    @Override
    public Tensor forward(Tensor input) {
        return input;
    }

    /** "steps" [1]. */
    @Override
    public List<Parameter> buffers() {
        return List.of(new Parameter("steps", steps));
    }
}
