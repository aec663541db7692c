package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link BatchNorm2d} in evaluation mode: BatchNormalization with its running statistics. */
public final class BatchNorm2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public BatchNorm2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return BatchNorm2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return BatchNormNodes.write((BatchNorm2d) layer, WriterInputs.single(layer, inputs), graph);
    }
}
