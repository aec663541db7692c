package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link ReLU} as ONNX Relu. */
public final class ReLUWriter implements LayerWriter {
    /** The writer; stateless. */
    public ReLUWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ReLU.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return graph.node("Relu", List.of(WriterInputs.single(layer, inputs)), Map.of());
    }
}
