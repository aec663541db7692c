package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A {@link GanSystem} whose generator takes a condition beside the noise: a class label or a short
 * text. {@link GanSystem#sample(Layer, Tensor)} still works without one and spreads its samples
 * evenly over the classes (sample i gets class i mod K); this interface adds sampling for a given
 * condition, and turns what a user types (a label's name or index, a text) into one.
 */
public interface ConditionalSystem extends GanSystem {
    /** The class names, by class index; a label may be given by its name or its index. */
    List<String> classNames();

    /** Whether {@link #textCondition} accepts texts: true for a model conditioned on captions. */
    boolean acceptsText();

    /**
     * The condition asking {@code n} samples of one class.
     *
     * @param label a class name as listed by {@link #classNames()} (case is ignored) or a class index
     * @throws IllegalArgumentException for an unknown name, listing the valid ones, or an index out of
     *                                  range, saying the range
     */
    Condition labelCondition(String label, int n);

    /**
     * The condition asking {@code n} samples that fit a short text. Words the model never learned
     * are left out and named in the condition's description.
     *
     * @throws IllegalArgumentException for an empty text, a text made only of unknown words (naming
     *                                  them), or a model that is not conditioned on text
     */
    Condition textCondition(String text, int n);

    /** The condition of {@link GanSystem#sample(Layer, Tensor)}: sample i gets class i mod K. */
    Condition evenCondition(int n);

    /**
     * Samples for the given noise and condition, in evaluation mode, without recording a graph.
     *
     * @param sampler   the generator to sample with: the trained one, or an EMA copy of it
     * @param noise     noise as drawn by {@link #noise}, one row per sample
     * @param condition a condition made by this system, with as many rows as the noise
     */
    Tensor sample(Layer sampler, Tensor noise, Condition condition);
}
