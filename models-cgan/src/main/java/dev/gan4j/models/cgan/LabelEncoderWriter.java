package dev.gan4j.models.cgan;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LabelEncoder} as ONNX: {@code Gather} of the class's row from its table (the
 * embedding, or the identity for one-hot). Its input is the INT64 label [N].
 */
public final class LabelEncoderWriter implements LayerWriter {
    /** The writer; stateless. */
    public LabelEncoderWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return LabelEncoder.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        LabelEncoder encoder = (LabelEncoder) layer;
        String table = graph.constant("label_table", encoder.table());
        return graph.node("Gather", List.of(table, inputs.get(0)), Map.of("axis", 0L));
    }
}
