package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link Flatten} as ONNX Flatten at axis 1: [N, d1, d2, ...] to [N, d1·d2·...]. */
public final class FlattenWriter implements LayerWriter {
    /** The writer; stateless. */
    public FlattenWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return Flatten.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return graph.node("Flatten", List.of(WriterInputs.single(layer, inputs)), Map.of("axis", 1));
    }
}
