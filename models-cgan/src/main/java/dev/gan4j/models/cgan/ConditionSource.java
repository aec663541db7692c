package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.ClassNames;
import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The kind of condition a conditional model takes (class labels or captions): how the condition
 * of a training example of class k is made, how the networks encode it, and its
 * {@link ConditionFormat}, which turns a user's label or text into one and declares it in an
 * exported model.
 */
interface ConditionSource {
    /** How requests become conditions, shared with the exported model. */
    ConditionFormat format();

    /** The class names. */
    default ClassNames classNames() {
        return format().classNames();
    }

    /**
     * The conditions of examples of the given classes, in their layout ([N] labels or [N, L]
     * tokens); a caption source draws one training caption per example from {@code rng}.
     */
    Tensor forClasses(int[] classes, Rng rng);

    /** A new encoder of these conditions to [N, {@link #encodedSize()}], initialised from {@code rng}. */
    Layer newEncoder(Rng rng);

    /** The size of an encoded condition. */
    int encodedSize();
}
