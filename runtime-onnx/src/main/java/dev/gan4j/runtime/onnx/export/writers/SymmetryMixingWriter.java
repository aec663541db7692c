package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SymmetryMixing} as one branch per symmetry, each a Transpose of the two spatial
 * axes and Gathers of the rows or columns in reverse order as its steps say, times its weight (Mul
 * by a one-element constant), added up by one Sum.
 */
public final class SymmetryMixingWriter implements LayerWriter {
    /** The writer; stateless. */
    public SymmetryMixingWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return SymmetryMixing.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        SymmetryMixing mixing = (SymmetryMixing) layer;
        String input = WriterInputs.single(layer, inputs);
        float[] weights = mixing.weight().toArray();
        List<String> terms = new ArrayList<>();
        for (int g = 0; g < weights.length; g++) {
            SymmetryMixing.Symmetry symmetry = mixing.symmetries().get(g);
            String image = input;
            if (symmetry.transpose()) {
                image = graph.node("Transpose", List.of(image), Map.of("perm", new int[] {0, 1, 3, 2}));
            }
            if (symmetry.reverseRows()) {
                image = reversed(graph, image, 2, mixing.height());
            }
            if (symmetry.reverseColumns()) {
                image = reversed(graph, image, 3, mixing.width());
            }
            String weight = graph.constant("symmetry_weight", Tensor.of(new float[] {weights[g]}, 1));
            terms.add(graph.node("Mul", List.of(image, weight), Map.of()));
        }
        return graph.node("Sum", terms, Map.of());
    }

    /** The positions along {@code axis} (of length {@code size}) in reverse order: a Gather. */
    private static String reversed(OnnxGraph graph, String image, int axis, int size) {
        long[] order = java.util.Arrays.stream(SymmetryMixing.Symmetry.reversed(size)).asLongStream().toArray();
        String indices = graph.constantInt64("reversed", order, size);
        return graph.node("Gather", List.of(image, indices), Map.of("axis", axis));
    }
}
