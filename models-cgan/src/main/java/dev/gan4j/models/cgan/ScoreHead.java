package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.MultiInputLayer;

/**
 * The last part of a conditional discriminator: from the image features φ(x) [N, F] and the
 * encoded condition e [N, D] (inputs in that order) to the outputs [N, outputs()], the realness
 * score first. Each discriminator style has its own head.
 */
interface ScoreHead extends MultiInputLayer {
    /** The number of outputs per sample: 1, or 1 + K with class logits. */
    int outputs();

    /** Whether the head reads the condition (the auxiliary classifier does not). */
    boolean readsCondition();

    @Override
    default int inputCount() {
        return 2;
    }
}
