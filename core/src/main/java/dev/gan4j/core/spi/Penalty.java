package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * A regulariser of the discriminator added to its loss: the WGAN-GP gradient penalty or R1.
 * Both differentiate the critic's output with respect to its input and need second-order
 * gradients, which the engine provides.
 */
public interface Penalty {
    /** The name used in configs ({@code "gradient-penalty"}, {@code "r1"}). */
    String name();

    /**
     * The penalty, already multiplied by its weight, with its graph recorded.
     *
     * @param critic the discriminator
     * @param real   a batch of real data
     * @param fake   a batch of generated data, detached from the generator
     * @param rng    for interpolation coefficients
     */
    Tensor compute(Layer critic, Tensor real, Tensor fake, Rng rng);
}
