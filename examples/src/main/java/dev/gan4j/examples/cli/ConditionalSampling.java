package dev.gan4j.examples.cli;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code gan4j sample --label K} and {@code --text T}: samples of a conditional model for one
 * condition, drawn in batches of {@link TrainedSampler#BATCH} like unconditional samples, so the
 * same seed gives the same noise; the same from an exported model, whose metadata says how a label
 * or a text becomes its condition input.
 */
final class ConditionalSampling {
    private ConditionalSampling() {
    }

    /** What was asked for and the samples. */
    record Result(Tensor samples, String description) {
    }

    /**
     * {@code n} samples of {@code system} (its weights already loaded) for the label or the text
     * that {@code asked} holds.
     *
     * @param family the family id, for the message when the model is not conditional
     */
    static Result sample(GanSystem system, String family, int n, Rng rng, ConditionOptions asked) {
        String label = asked.label;
        String text = asked.text;
        if (!(system instanceof ConditionalSystem conditional)) {
            throw new IllegalArgumentException(asked.optionName() + " needs a conditional model "
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

    /**
     * {@code n} samples of an exported model for the label or the text {@code asked} holds, or
     * with {@code asked} null an even spread over its classes (or plain noise for an unconditional
     * model), with the noise drawn as the JVM draws it for the same seed. The label or text becomes
     * the model's int64 input by the condition format its metadata records, with the same rules and
     * errors as the JVM.
     */
    static Result sample(OnnxGenerator generator, int n, long seed, ConditionOptions asked) {
        String label = asked == null ? null : asked.label;
        String text = asked == null ? null : asked.text;
        Optional<ConditionFormat> recorded = generator.conditionFormat();
        if (recorded.isEmpty()) {
            if (asked != null) {
                String family = generator.provenance().map(RunProvenance::family).orElse("unknown");
                throw new IllegalArgumentException(asked.optionName() + " needs a conditional model "
                        + "(family cgan), but this model's family " + family + " generates without a condition; leave "
                        + "the option out.");
            }
            return new Result(generator.sample(n, seed), "");
        }
        ConditionFormat format = recorded.get();
        if (text != null && !format.acceptsText()) {
            throw new IllegalArgumentException("--text needs a model trained on captions, but this one is conditioned on "
                    + "class labels; use --label with one of " + String.join(", ", format.classNames().names()) + ".");
        }
        IntFunction<Condition> conditions = size -> label != null ? format.label(label, size)
                : text != null ? format.text(text, size) : format.even(size);
        // checks the label or text before any sampling, so a bad one fails at once
        Condition first = conditions.apply(Math.min(n, OnnxGenerator.BATCH));
        String input = format.input().name();
        Tensor samples = generator.sample(n, seed, size -> Map.of(input,
                (size == first.size() ? first : conditions.apply(size)).values()));
        return new Result(samples, first.description());
    }
}
