package dev.gan4j.models.unit;

/**
 * The weights of the terms a shared-latent translation minimises, one record for every family of
 * this module (a family is a choice of these, of the sharing and of the networks). Zero turns a
 * term off.
 *
 * @param adversarial         the generators' adversarial term
 * @param reconstruction      L1 between an image and its decoding by its own domain's decoder
 * @param kl                  the KL term of the codes, mean(μ²) for the unit-variance Gaussian
 *                            q(z|x) = N(μ, I) of UNIT
 * @param cycle               L1 between an image and its round trip through the other domain
 * @param klCycle             the KL term of the round trip's codes
 * @param latentDomain        the encoders' term against the latent domain discriminator (0.5 target)
 * @param noise               the standard deviation of the Gaussian noise added to a code before
 *                            decoding in training (1 for a VAE, 0 for a deterministic encoder)
 * @param translationsJudged  whether the domain discriminators judge translations from the other
 *                            domain (UNIT, ComboGAN) or the domain's own decoder's samples from the
 *                            prior (independent VAE-GANs)
 */
record LatentLosses(double adversarial, double reconstruction, double kl, double cycle, double klCycle,
                    double latentDomain, double noise, boolean translationsJudged) {
}
