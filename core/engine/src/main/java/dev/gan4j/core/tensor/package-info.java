/**
 * Float32 tensors and the run's random numbers: the engine's values.
 *
 * <p>Contract: a {@link dev.gan4j.core.tensor.Tensor} is row-major and contiguous (NCHW for
 * images); every op returns a new tensor and never changes its inputs; shapes are checked at the
 * call with a message naming both shapes. A tensor made while gradients are recorded remembers its
 * op for {@code backward()}, so this package and {@code dev.gan4j.core.autograd} depend on each
 * other by design (the only package cycle gan4j allows). {@link dev.gan4j.core.tensor.Rng} is
 * splittable and its state is one {@code long}: same seed, same numbers, on every machine. Part of
 * the engine (artifact {@code gan4j-engine}), which imports nothing of the GAN framework.
 */
package dev.gan4j.core.tensor;
