package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of the matching-aware and plain discriminators: the features and the condition are
 * concatenated and judged together by a hidden layer, score = w·lrelu(A[φ, e] + a) + b, so the
 * score can depend on whether the image fits the condition. Parameters {@code "hidden.*"},
 * {@code "score.*"}.
 */
final class ConcatenationHead extends AbstractLayer implements ScoreHead {
    private final Linear hidden;
    private final LeakyReLU activation;
    private final Linear score;

    ConcatenationHead(int features, int conditionSize, float slope, Rng rng) {
        this.hidden = new Linear(features + conditionSize, features, rng);
        this.activation = new LeakyReLU(slope);
        this.score = new Linear(features, 1, rng);
    }

    @Override
    public int outputs() {
        return 1;
    }

    @Override
    public boolean readsCondition() {
        return true;
    }

    @Override
    public Tensor forward(List<Tensor> inputs) {
        return score.forward(activation.forward(hidden.forward(Tensor.concat(1, inputs.get(0), inputs.get(1)))));
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        hidden.parameters().forEach(p -> all.add(p.prefixed("hidden")));
        score.parameters().forEach(p -> all.add(p.prefixed("score")));
        return all;
    }
}
