package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Sigmoid;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link Sigmoid} as ONNX Sigmoid. */
public final class SigmoidWriter implements LayerWriter {
    /** The writer; stateless. */
    public SigmoidWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Sigmoid.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return graph.node("Sigmoid", List.of(WriterInputs.single(layer, inputs)), Map.of());
    }
}
