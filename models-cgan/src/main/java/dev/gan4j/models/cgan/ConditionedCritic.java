package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A conditional discriminator with its conditions fixed, seen as a one-input critic x → score
 * [N, 1]: what the gradient penalty and R1 differentiate, so each sample is judged with its own
 * condition.
 */
final class ConditionedCritic implements Layer {
    private final ConditionalDiscriminator discriminator;
    private final Tensor condition;

    ConditionedCritic(ConditionalDiscriminator discriminator, Tensor condition) {
        this.discriminator = discriminator;
        this.condition = condition;
    }

    /** The realness scores [N, 1] of {@code x} under the fixed conditions. */
    @Override
    public Tensor forward(Tensor x) {
        return discriminator.forward(List.of(x, condition)).slice(1, 0, 1);
    }

    @Override
    public List<Parameter> parameters() {
        return discriminator.parameters();
    }

    @Override
    public boolean isTraining() {
        return discriminator.isTraining();
    }
}
