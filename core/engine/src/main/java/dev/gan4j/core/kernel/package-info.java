/**
 * The heavy ops behind a small SPI: matrix multiply and the three passes of a 2-D convolution.
 *
 * <p>Contract: a {@link dev.gan4j.core.kernel.KernelBackend} overwrites its output, is thread-safe
 * and deterministic (same inputs and thread count, same bits); backends are found by {@link
 * java.util.ServiceLoader} through tiny {@link dev.gan4j.core.kernel.KernelBackendProvider}s and
 * chosen once per JVM by {@link dev.gan4j.core.kernel.Kernels} ({@code GAN4J_KERNELS} forces one).
 * The plain-Java reference backend is the test oracle every backend must match ({@code
 * KernelBackendContract}). Part of the engine (artifact {@code gan4j-engine}), which imports
 * nothing of the GAN framework.
 */
package dev.gan4j.core.kernel;
