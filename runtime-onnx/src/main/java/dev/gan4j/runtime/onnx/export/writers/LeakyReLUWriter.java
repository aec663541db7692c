package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/** Writes a {@link LeakyReLU} as ONNX LeakyRelu with its slope as alpha. */
public final class LeakyReLUWriter implements LayerWriter {
    /** The writer; stateless. */
    public LeakyReLUWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return LeakyReLU.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        return graph.node("LeakyRelu", List.of(WriterInputs.single(layer, inputs)), Map.of("alpha", ((LeakyReLU) layer).slope()));
    }
}
