package dev.gan4j.runtime.onnx.export.writers;

import dev.gan4j.core.export.OnnxGraph;
import dev.gan4j.core.nn.BatchNorm;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/** BatchNormalization in inference mode with the running statistics: what both batch-norm writers write. */
final class BatchNormNodes {
    private BatchNormNodes() {
    }

    /** (x − running mean) / √(running var + eps) · weight + bias; weight 1 and bias 0 without an affine map. */
    static String write(BatchNorm norm, String input, OnnxGraph graph) {
        int c = norm.features();
        Tensor scale = norm.weight() != null ? norm.weight() : Tensor.ones(c);
        Tensor shift = norm.bias() != null ? norm.bias() : Tensor.zeros(c);
        return graph.node("BatchNormalization", List.of(input, graph.constant("weight", scale),
                graph.constant("bias", shift), graph.constant("running_mean", norm.runningMean()),
                graph.constant("running_var", norm.runningVar())), Map.of("epsilon", norm.eps()));
    }
}
