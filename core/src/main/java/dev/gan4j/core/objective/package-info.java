/**
 * The adversarial objectives and penalties, by name, and what an adversarial family shares.
 *
 * <p>Contract: {@link dev.gan4j.core.objective.Objectives} and
 * {@link dev.gan4j.core.objective.Penalties} build the {@link dev.gan4j.core.spi.Objective}s and
 * {@link dev.gan4j.core.spi.Penalty}s a config names and list the known names in their errors;
 * every adversarial family resolves its objective, penalty, weight clip and critic steps through
 * {@link dev.gan4j.core.objective.AdversarialSettings#resolve} (one set of defaults, one set of
 * sentences) and may score its critic and generator with
 * {@link dev.gan4j.core.objective.AdversarialGame}. Penalties differentiate the critic's output
 * with respect to its input, so they rely on the engine's second-order gradients.
 */
package dev.gan4j.core.objective;
