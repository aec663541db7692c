package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.ConcatSkip;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link ConcatSkip} as Concat(x, F(x)) along the channel axis, F written through its own writer. */
public final class ConcatSkipWriter implements LayerWriter {
    /** The writer; stateless. */
    public ConcatSkipWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ConcatSkip.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        String input = WriterInputs.single(layer, inputs);
        String branch = graph.layer(((ConcatSkip) layer).inner(), List.of(input));
        return graph.node("Concat", List.of(input, branch), Map.of("axis", 1L));
    }
}
