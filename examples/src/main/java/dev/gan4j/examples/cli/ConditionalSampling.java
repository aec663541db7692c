package dev.gan4j.examples.cli;

import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.TrainedSampler;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gan4j sample --label K} and {@code --text T}: samples of a conditional model for one
 * condition, drawn in batches of {@link TrainedSampler#BATCH} like unconditional samples, so the
 * same seed gives the same noise.
 */
final class ConditionalSampling {
    private ConditionalSampling() {
    }

    /** What was asked for and the samples. */
    record Result(Tensor samples, String description) {
    }

    /**
     * {@code n} samples of {@code system} (its weights already loaded) for the label or the text,
     * exactly one of which is given.
     *
     * @param family the family id, for the message when the model is not conditional
     */
    static Result sample(GanSystem system, String family, int n, Rng rng, String label, String text) {
        if (label != null && text != null) {
            throw new IllegalArgumentException("Give --label or --text, not both.");
        }
        if (!(system instanceof ConditionalSystem conditional)) {
            throw new IllegalArgumentException("--" + (label != null ? "label" : "text") + " needs a conditional model "
                    + "(family cgan), but this model's family " + family + " generates without a condition; leave the "
                    + "option out.");
        }
        if (text != null && !conditional.acceptsText()) {
            throw new IllegalArgumentException("--text needs a model trained on captions, but this one is conditioned on "
                    + "class labels; use --label with one of " + String.join(", ", conditional.classNames()) + ".");
        }
        // checks the label or text before any sampling, so a bad one fails at once
        Condition first = condition(conditional, label, text, Math.min(n, TrainedSampler.BATCH));
        List<Tensor> parts = new ArrayList<>();
        for (int done = 0; done < n; done += TrainedSampler.BATCH) {
            int size = Math.min(TrainedSampler.BATCH, n - done);
            Condition condition = size == first.size() ? first : condition(conditional, label, text, size);
            parts.add(conditional.sample(system.networks().get(system.sampledNetwork()), system.noise(size, rng),
                    condition));
        }
        return new Result(parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts), first.description());
    }

    private static Condition condition(ConditionalSystem system, String label, String text, int n) {
        return label != null ? system.labelCondition(label, n) : system.textCondition(text, n);
    }
}
