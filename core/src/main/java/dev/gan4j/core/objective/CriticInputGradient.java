package dev.gan4j.core.objective;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The gradient of a critic's scores with respect to its input, as both penalties need it: the
 * input becomes a fresh leaf, the critic scores it, and {@link Autograd#grad} differentiates the
 * sum over samples of each sample's mean score (so each sample's row of the result is the
 * gradient of its own score, as the objectives average it) with {@code createGraph} while gradients are being recorded, so the penalty built
 * from it can be differentiated again with respect to the critic's parameters. In a no-grad
 * scope the penalty's value is still computed, without a graph.
 */
final class CriticInputGradient {
    private CriticInputGradient() {
    }

    /**
     * Per-sample squared L2 norms of ∇ₓ critic(x), [N], with their graph recorded.
     *
     * @param values the input's values; they are copied into a new leaf, so no graph of theirs is used
     */
    static Tensor squaredNorms(Layer critic, Tensor values) {
        boolean recording = GradMode.isEnabled();
        Tensor gradient;
        // the input gradient needs the critic's graph even where the caller records none (a
        // penalty evaluated for logging); its own graph is recorded only when the caller records
        try (GradMode.Scope ignored = GradMode.set(true)) {
            Tensor x = Tensor.of(values.toArray(), values.shape()).requiresGrad(true);
            Tensor scores = critic.forward(x);
            gradient = Autograd.grad(List.of(perSampleScores(scores).sum()), List.of(x), recording).get(0);
        }
        int n = values.dim(0);
        return gradient.reshape(n, -1).square().sum(new int[] {1}, false);
    }

    /**
     * Each sample's score as the objectives read it: the mean of its scores, [N]. A critic with
     * several scores per sample (a PatchGAN's map of patch scores) is judged by every objective
     * through the mean over all scores, so the penalty must constrain that mean; penalising the
     * gradient of the sum would hold the critic the objective sees to 1/P-Lipschitz (P scores per
     * sample), shrinking its gap and the generators' adversarial gradient P times.
     */
    private static Tensor perSampleScores(Tensor scores) {
        int n = scores.dim(0);
        Tensor rows = scores.reshape(n, -1);
        // one score per sample: the rows as they are, so such critics keep their exact penalty
        return rows.dim(1) == 1 ? rows : rows.mean(new int[] {1}, false);
    }
}
