/**
 * File writing the engine and the framework share.
 *
 * <p>Contract: {@link dev.gan4j.core.io.AtomicFile} leaves readers either the old content or the
 * whole new content, never a part, and a killed write leaves at most a {@code *.tmp} file behind.
 * Part of the engine (artifact {@code gan4j-engine}), which imports nothing of the GAN framework.
 */
package dev.gan4j.core.io;
