package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.Vocabulary;
import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link BagOfWordsEncoder} as ONNX, from INT64 token ids [N, L]: {@code Gather} the word
 * vectors, zero the padding with a mask (tokens &gt; 0, cast to float), sum over the words, divide by
 * max(1, the number of words), then the linear layer and the leaky rectifier through their own
 * writers.
 */
public final class BagOfWordsEncoderWriter implements LayerWriter {
    private static final long ONNX_FLOAT = 1L;

    /** The writer; stateless. */
    public BagOfWordsEncoderWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return BagOfWordsEncoder.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        BagOfWordsEncoder encoder = (BagOfWordsEncoder) layer;
        String tokens = inputs.get(0);
        String table = graph.constant("word_vectors", encoder.words().weight());
        String vectors = graph.node("Gather", List.of(table, tokens), Map.of("axis", 0L));
        String padding = graph.constantInt64("padding_id", new long[] {Vocabulary.PADDING});
        String isWord = graph.node("Greater", List.of(tokens, padding), Map.of());
        String mask = graph.node("Cast", List.of(isWord), Map.of("to", ONNX_FLOAT));
        String masked = graph.node("Mul", List.of(vectors, OnnxAxes.unsqueeze(graph, mask, 2)), Map.of());
        String summed = OnnxAxes.reduceSum(graph, masked, 1, false);
        String count = OnnxAxes.reduceSum(graph, mask, 1, true);
        String atLeastOne = graph.node("Max", List.of(count, graph.constant("one", Tensor.scalar(1f))), Map.of());
        String average = graph.node("Div", List.of(summed, atLeastOne), Map.of());
        String projected = graph.layer(encoder.project(), List.of(average));
        return graph.layer(encoder.activation(), List.of(projected));
    }
}
