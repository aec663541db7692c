package dev.gan4j.core.train;

import dev.gan4j.core.tensor.Tensor;

/** A sample step: listeners draw samples from the system as it is at this step. */
public interface SampleRequest {
    /** The iterations completed. */
    long step();

    /**
     * Samples for the given noise (in the layout {@link dev.gan4j.core.spi.GanSystem#noise} makes),
     * in evaluation mode and without recording a graph, from the moving average of the sampled
     * network when the run keeps one, else from the network itself. Training state is unchanged.
     */
    Tensor sample(Tensor noise);
}
