package dev.gan4j.models.cgan;

import dev.gan4j.core.export.LayerWriter;
import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ConditionalBatchNorm2d} as ONNX in evaluation mode: x·s + t with the running
 * statistics folded into per-channel constants s = 1/√(var + eps), t = −mean·s, then
 * ·(1 + γ(e)) + β(e), with γ and β written by the linear layer's writer and reshaped to [N, C, 1, 1].
 */
public final class ConditionalBatchNorm2dWriter implements LayerWriter {
    /** The writer; stateless. */
    public ConditionalBatchNorm2dWriter() {
    }

    @Override
    public Class<? extends Layer> layerClass() {
        return ConditionalBatchNorm2d.class;
    }

    @Override
    public String write(Layer layer, List<String> inputs, OnnxGraph graph) {
        ConditionalBatchNorm2d cbn = (ConditionalBatchNorm2d) layer;
        BatchNorm2d norm = cbn.norm();
        int channels = norm.features();
        float[] mean = norm.runningMean().data();
        float[] var = norm.runningVar().data();
        float[] scale = new float[channels];
        float[] shift = new float[channels];
        for (int c = 0; c < channels; c++) {
            scale[c] = (float) (1.0 / Math.sqrt(var[c] + (double) norm.eps()));
            shift[c] = -(mean[c] * scale[c]);
        }
        String x = inputs.get(0);
        String e = inputs.get(1);
        String scaled = graph.node("Mul", List.of(x, graph.constant("cbn_scale", Tensor.of(scale, 1, channels, 1, 1))),
                Map.of());
        String normalised = graph.node("Add", List.of(scaled, graph.constant("cbn_shift",
                Tensor.of(shift, 1, channels, 1, 1))), Map.of());
        String perChannel = graph.constantInt64("cbn_shape", new long[] {-1, channels, 1, 1}, 4);
        String gamma = graph.node("Add", List.of(graph.layer(cbn.gamma(), List.of(e)),
                graph.constant("one", Tensor.scalar(1f))), Map.of());
        String gammaMap = graph.node("Reshape", List.of(gamma, perChannel), Map.of());
        String betaMap = graph.node("Reshape", List.of(graph.layer(cbn.beta(), List.of(e)), perChannel), Map.of());
        String modulated = graph.node("Mul", List.of(normalised, gammaMap), Map.of());
        return graph.node("Add", List.of(modulated, betaMap), Map.of());
    }
}
