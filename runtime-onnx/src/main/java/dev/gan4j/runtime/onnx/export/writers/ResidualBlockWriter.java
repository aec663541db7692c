package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link ResidualBlock} as x + F(x), F written through its own writer. */
public final class ResidualBlockWriter implements LayerWriter {
    /** The writer; stateless. */
    public ResidualBlockWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ResidualBlock.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        String input = WriterInputs.single(layer, inputs);
        String branch = graph.layer(((ResidualBlock) layer).block(), List.of(input));
        return graph.node("Add", List.of(input, branch), Map.of());
    }
}
