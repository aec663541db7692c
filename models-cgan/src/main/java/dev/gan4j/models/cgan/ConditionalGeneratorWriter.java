package dev.gan4j.models.cgan;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.MultiInputLayer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ConditionalGenerator} as ONNX from its inputs z and the condition (INT64 labels
 * or token ids): the encoder through its writer, {@code Concat} of z and the encoding, then each
 * body layer through its writer, with the encoding as second input to the layers that take two.
 */
public final class ConditionalGeneratorWriter implements LayerWriter {
    /** The writer; stateless. */
    public ConditionalGeneratorWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ConditionalGenerator.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        ConditionalGenerator generator = (ConditionalGenerator) layer;
        String encoded = graph.layer(generator.encoder(), List.of(inputs.get(1)));
        String h = graph.node("Concat", List.of(inputs.get(0), encoded), Map.of("axis", 1L));
        for (Layer child : generator.body()) {
            h = graph.layer(child, child instanceof MultiInputLayer ? List.of(h, encoded) : List.of(h));
        }
        return h;
    }
}
