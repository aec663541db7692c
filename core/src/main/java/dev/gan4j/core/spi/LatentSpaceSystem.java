package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Optional;

/**
 * A {@link TranslationSystem} that translates through a latent code: one encoder and one decoder
 * per domain, a translation from X to Y being Y's decoder on X's code (UNIT, CoGAN with its
 * encoder, ComboGAN and their kin). It gives the codes themselves, which is what measures of
 * latent alignment compare across domains, and, where the family has a prior over codes (a VAE's
 * N(0, I), a GAN's noise), new images of any domain decoded from that prior.
 */
public interface LatentSpaceSystem extends TranslationSystem {
    /** The shape of one code ([C, H, W] for a spatial code, [D] for a vector). */
    int[] latentShape();

    /**
     * The codes of {@code images} of {@code domain}: the encoder's output (a VAE's mean, no noise),
     * computed in evaluation mode without recording a graph, each network's mode restored after.
     *
     * @param images [N, C, H, W] images of the domain in [−1, 1]
     * @return [N, ...{@link #latentShape()}] codes
     * @throws IllegalArgumentException naming the domains when {@code domain} is not one of them, or
     *                                  naming both shapes when the images do not fit
     */
    Tensor encode(String domain, Tensor images);

    /**
     * The images of {@code domain} that its decoder makes of {@code codes}, in evaluation mode
     * without recording a graph, each network's mode restored after.
     *
     * @param codes [N, ...{@link #latentShape()}] codes
     * @return [N, C, H, W] images of the domain in [−1, 1]
     * @throws IllegalArgumentException naming the domains when {@code domain} is not one of them, or
     *                                  naming both shapes when the codes do not fit
     */
    Tensor decode(String domain, Tensor codes);

    /** The prior the decoders were trained to decode from, or empty when the family has none (ComboGAN). */
    Optional<LatentPrior> prior();

    /** A distribution over codes the decoders turn into new images. */
    @FunctionalInterface
    interface LatentPrior {
        /**
         * {@code n} codes [n, ...latentShape], drawn from {@code rng}.
         *
         * @param n   how many codes, at least 1
         * @param rng the source of randomness (same seed, same codes)
         */
        Tensor draw(int n, Rng rng);
    }
}
