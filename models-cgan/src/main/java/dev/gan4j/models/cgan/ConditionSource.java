package dev.gan4j.models.cgan;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The kind of condition a conditional model takes (class labels or captions): how the condition
 * of a training example of class k is made, how the networks encode it, how a user's label or text
 * becomes one, and how it is declared in an exported model.
 */
interface ConditionSource {
    /** The class names. */
    ClassNames classNames();

    /**
     * The conditions of examples of the given classes, in their layout ([N] labels or [N, L]
     * tokens); a caption source draws one training caption per example from {@code rng}.
     */
    Tensor forClasses(int[] classes, Rng rng);

    /** A new encoder of these conditions to [N, {@link #encodedSize()}], initialised from {@code rng}. */
    Layer newEncoder(Rng rng);

    /** The size of an encoded condition. */
    int encodedSize();

    /** Whether texts are accepted. */
    boolean acceptsText();

    /** The condition of {@code n} samples of the class a user names (a name or an index). */
    Condition label(String label, int n);

    /** The condition of {@code n} samples for a user's text; see {@link dev.gan4j.core.spi.ConditionalSystem#textCondition}. */
    Condition text(String text, int n);

    /** The condition in which sample i gets class i mod K. */
    Condition even(int n);

    /** The condition input of an exported generator, with what its values mean. */
    ExportedTensor exportedInput();
}
