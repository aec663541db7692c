package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;

/**
 * An adversarial loss: how the discriminator (critic) is scored on real and generated data,
 * and how the generator is scored on its own samples. Chosen by name in a family's config
 * ({@code "minimax"}, {@code "non-saturating"}, {@code "least-squares"}, {@code "wasserstein"},
 * {@code "hinge"}).
 */
public interface Objective {
    /** The name used in configs. */
    String name();

    /**
     * The discriminator's loss, to minimise.
     *
     * @param realScores the discriminator's raw outputs (logits) on real data, [N, 1]
     * @param fakeScores its raw outputs on generated data, [N, 1]
     */
    Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores);

    /** The generator's loss, to minimise, from the discriminator's raw outputs on generated data. */
    Tensor generatorLoss(Tensor fakeScores);

    /**
     * Called after each discriminator step; the Wasserstein objective clips the critic's weights
     * here. Does nothing by default.
     */
    default void afterDiscriminatorStep(java.util.List<dev.gan4j.core.nn.Parameter> criticParameters) {
    }
}
