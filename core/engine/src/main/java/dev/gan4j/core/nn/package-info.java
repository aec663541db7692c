/**
 * Layers: differentiable functions with named parameters and buffers.
 *
 * <p>Contract: a {@link dev.gan4j.core.nn.Layer} reports its trainable {@link
 * dev.gan4j.core.nn.Parameter}s and its buffers under stable dotted paths ({@code "0.weight"},
 * {@code "block1.conv.bias"}) that checkpoints and ONNX export key by; it is in training mode when
 * built, and {@code train(false)} switches it and its children to evaluation (batch norm,
 * dropout). A layer names only its own children's parameters; the system that holds several
 * networks names them once more, by network. The name is Layer, never Module. Part of the engine
 * (artifact {@code gan4j-engine}), which imports nothing of the GAN framework.
 */
package dev.gan4j.core.nn;
