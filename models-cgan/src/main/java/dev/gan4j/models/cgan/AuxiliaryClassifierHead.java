package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of an AC-GAN discriminator (Odena et al., 2017): an unconditional realness score and K
 * class logits side by side, [N, 1 + K]; the condition is not read, the class is predicted.
 * Parameters {@code "score.*"}, {@code "classes.*"}.
 */
final class AuxiliaryClassifierHead extends AbstractLayer implements ScoreHead {
    private final Linear score;
    private final Linear classes;

    AuxiliaryClassifierHead(int features, int classCount, Rng rng) {
        this.score = new Linear(features, 1, rng);
        this.classes = new Linear(features, classCount, rng);
    }

    @Override
    public int outputs() {
        return 1 + classes.bias().size();
    }

    @Override
    public boolean readsCondition() {
        return false;
    }

    /** The score and the class logits of the features; the second input is ignored. */
    @Override
    public Tensor forward(List<Tensor> inputs) {
        Tensor features = inputs.get(0);
        return Tensor.concat(1, score.forward(features), classes.forward(features));
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        score.parameters().forEach(p -> all.add(p.prefixed("score")));
        classes.parameters().forEach(p -> all.add(p.prefixed("classes")));
        return all;
    }
}
