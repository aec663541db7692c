package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link Tanh} as ONNX Tanh. */
public final class TanhWriter implements LayerWriter {
    /** The writer; stateless. */
    public TanhWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Tanh.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return graph.node("Tanh", List.of(WriterInputs.single(layer, inputs)), Map.of());
    }
}
