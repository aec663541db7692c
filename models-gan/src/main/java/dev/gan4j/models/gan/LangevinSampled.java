package dev.gan4j.models.gan;

import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * A system whose samples are found by Langevin dynamics on a score network rather than made by a
 * generator (the {@code ebm} family's): besides {@link GanSystem#sample}, which runs the configured
 * number of steps from fresh noise, it can run any number of steps, and start from its replay
 * buffer of training negatives instead. {@code gan4j sample --langevin-steps N --from-buffer} uses this.
 */
public interface LangevinSampled extends GanSystem {
    /** The number of steps {@link GanSystem#sample} runs (the config's {@code sampleSteps}). */
    int sampleSteps();

    /**
     * {@code n} samples: chains start from fresh noise, uniform over the data range (or, with
     * {@code fromBuffer}, from negatives picked at random from the replay buffer), then take
     * {@code steps} Langevin steps on the sampled network (the averaged one when the run kept an
     * average), in evaluation mode. The same arguments and rng state give the same samples.
     *
     * @throws IllegalArgumentException naming the option when {@code steps} is below 1
     * @throws IllegalStateException    when {@code fromBuffer} is asked of an empty buffer (an untrained run)
     */
    Tensor sample(int n, Rng rng, int steps, boolean fromBuffer);
}
