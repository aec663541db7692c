/**
 * What a family exports and how a layer is written as ONNX, free of any protobuf type: the
 * {@link dev.gan4j.core.export.ExportablePart} a system offers, the
 * {@link dev.gan4j.core.export.LayerWriter} SPI a layer class registers, and the
 * {@link dev.gan4j.core.export.OnnxGraph} writers add nodes to. {@code runtime-onnx} builds the
 * model file from them.
 */
package dev.gan4j.core.export;
