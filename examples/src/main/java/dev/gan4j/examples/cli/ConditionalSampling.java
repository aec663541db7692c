package dev.gan4j.examples.cli;

import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
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

    /**
     * What was asked for, and the samples to be made: {@code batches} hands them over one batch at
     * a time (once; the noise generator moves on), so any number takes the memory of one batch.
     */
    record Plan(String description, IdxWriter.BatchSource batches) {
        /** All samples in one tensor (for a picture, which holds few). */
        Tensor collect() throws IOException {
            List<Tensor> parts = new ArrayList<>();
            batches.produce(parts::add);
            return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
        }
    }

    /**
     * {@code n} samples of {@code system} (its weights already loaded) for the label or the text
     * that {@code asked} holds.
     *
     * @param family the family id, for the message when the model is not conditional
     */
    static Plan sample(GanSystem system, String family, int n, Rng rng, ConditionOptions asked) {
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
        return new Plan(first.description(), sink -> {
            for (int done = 0; done < n; done += TrainedSampler.BATCH) {
                int size = Math.min(TrainedSampler.BATCH, n - done);
                Condition condition = size == first.size() ? first : condition(conditional, label, text, size);
                sink.accept(conditional.sample(system.networks().get(system.sampledNetwork()), system.noise(size, rng),
                        condition));
            }
        });
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
    static Plan sample(OnnxGenerator generator, int n, long seed, ConditionOptions asked) {
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
            return new Plan("", sink -> generator.sampleInBatches(n, seed, size -> Map.of(), sink));
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
        return new Plan(first.description(), sink -> generator.sampleInBatches(n, seed, size -> Map.of(input,
                (size == first.size() ? first : conditions.apply(size)).values()), sink));
    }
}
