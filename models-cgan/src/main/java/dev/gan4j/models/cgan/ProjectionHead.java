package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of Miyato and Koyama's projection discriminator (2018): an unconditional score plus the
 * inner product of the features with a projection of the condition,
 * score = w·φ + b + ⟨V e, φ⟩. With a label embedding as e, V e is the class embedding of the
 * paper (factorised). Parameters {@code "score.*"}, {@code "projection.weight"}.
 */
final class ProjectionHead extends AbstractLayer implements ScoreHead {
    private final Linear score;
    private final Linear projection;

    ProjectionHead(int features, int conditionSize, Rng rng) {
        this.score = new Linear(features, 1, rng);
        this.projection = new Linear(conditionSize, features, false, rng);
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
        Tensor features = inputs.get(0);
        Tensor matching = features.mul(projection.forward(inputs.get(1))).sum(new int[] {1}, true);
        return score.forward(features).add(matching);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        score.parameters().forEach(p -> all.add(p.prefixed("score")));
        projection.parameters().forEach(p -> all.add(p.prefixed("projection")));
        return all;
    }
}
