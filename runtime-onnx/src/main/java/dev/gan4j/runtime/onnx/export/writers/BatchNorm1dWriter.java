package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.Layer;
import java.util.List;

/** Writes a {@link BatchNorm1d} in evaluation mode: BatchNormalization with its running statistics. */
public final class BatchNorm1dWriter implements LayerWriter {
    /** The writer; stateless. */
    public BatchNorm1dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return BatchNorm1d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return BatchNormNodes.write((BatchNorm1d) layer, WriterInputs.single(layer, inputs), graph);
    }
}
