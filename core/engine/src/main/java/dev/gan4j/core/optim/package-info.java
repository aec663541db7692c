/**
 * Optimisers, learning-rate schedules, gradient clipping and moving averages of weights.
 *
 * <p>Contract: an {@link dev.gan4j.core.optim.Optimizer} updates a fixed list of parameters from
 * their accumulated gradients, and its whole state is readable and restorable by parameter name,
 * so a resumed run continues bit for bit; builders take required settings as {@code setX} and
 * optional ones as {@code optX}, and {@code build()} says what is missing. Part of the engine
 * (artifact {@code gan4j-engine}), which imports nothing of the GAN framework.
 */
package dev.gan4j.core.optim;
