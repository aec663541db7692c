/**
 * Define-by-run reverse-mode differentiation of the tensor ops.
 *
 * <p>Contract: each primitive op has exactly one {@link dev.gan4j.core.autograd.BackwardRule},
 * written with differentiable tensor ops, so gradients can be differentiated again (gradient
 * penalties, R1); broadcast gradients are reduced to their input's shape in one place, {@link
 * dev.gan4j.core.autograd.Autograd}; gradients accumulate; recording is on by default and off, per
 * thread, inside a {@link dev.gan4j.core.autograd.GradMode#noGrad()} scope. Part of the engine
 * (artifact {@code gan4j-engine}), which imports nothing of the GAN framework.
 */
package dev.gan4j.core.autograd;
