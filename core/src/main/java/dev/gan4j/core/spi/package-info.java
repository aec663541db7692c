/**
 * The plugin SPI: what a GAN family implements and what it is given.
 *
 * <p>Contract: a {@link dev.gan4j.core.spi.GanFamily} (usually a
 * {@link dev.gan4j.core.spi.TypedGanFamily}) is found once at start-up by
 * {@link java.util.ServiceLoader}, is stateless, and builds a {@link dev.gan4j.core.spi.GanSystem}
 * from its config and a {@link dev.gan4j.core.spi.BuildContext} (the data's shape, the
 * initialisation generator and the installed {@link dev.gan4j.core.spi.NetworkTypes}); it never
 * looks plugins up itself. A system names its networks; each {@link dev.gan4j.core.spi.Phase}
 * names the networks it updates and computes its loss on a {@link dev.gan4j.core.spi.Batch}; the
 * trainer derives and names the parameters ({@link dev.gan4j.core.spi.SystemParameters},
 * {@code "generator/0.weight"}), once per tensor. Sampling runs in evaluation mode without a graph
 * ({@link dev.gan4j.core.spi.SamplingScope}). The shared parts a family composes, none of which it
 * must extend: {@link dev.gan4j.core.spi.AssembledSystem} and {@link dev.gan4j.core.spi.LossPhase}.
 * This package depends only on the engine and {@code dev.gan4j.core.export}.
 */
package dev.gan4j.core.spi;
