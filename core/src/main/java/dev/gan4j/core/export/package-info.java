/**
 * What a family exports and how a layer is written as ONNX, free of any protobuf type: the
 * {@link dev.gan4j.core.export.ExportablePart} a system offers, the
 * {@link dev.gan4j.core.export.LayerWriter} SPI a layer class registers, and the
 * {@link dev.gan4j.core.export.OnnxGraph} writers add nodes to. {@code runtime-onnx} builds the
 * model file from them.
 *
 * <p>Contract: a part's network is the live layer of the system (so the exporter sees the trained
 * or averaged weights), its inputs and output are described by name, type and shape with
 * {@link dev.gan4j.core.export.ExportedTensor#BATCH} as the dynamic batch axis, and a layer class
 * with no writer is an {@link dev.gan4j.core.export.UnsupportedLayerException} naming it. This
 * package depends on the engine only, not on the plugin SPI above it.
 */
package dev.gan4j.core.export;
