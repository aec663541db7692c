package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.ClassNames;
import dev.gan4j.core.condition.ConditionFormat;
import dev.gan4j.core.condition.LabelFormat;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/** Class labels as conditions: [N] class indices, encoded by a learned embedding or a one-hot code. */
final class LabelConditions implements ConditionSource {
    private final LabelFormat format;
    private final boolean oneHot;
    private final int size;

    /**
     * @param oneHot whether the code is one-hot (size = classes) rather than a learned embedding
     * @param size   the embedding's size (ignored for one-hot)
     */
    LabelConditions(ClassNames names, boolean oneHot, int size) {
        this.format = new LabelFormat(names);
        this.oneHot = oneHot;
        this.size = oneHot ? names.size() : size;
    }

    @Override
    public ConditionFormat format() {
        return format;
    }

    /** The labels themselves; draws nothing. */
    @Override
    public Tensor forClasses(int[] classes, Rng rng) {
        return ClassIndices.of(classes);
    }

    @Override
    public Layer newEncoder(Rng rng) {
        int classes = format.classNames().size();
        return oneHot ? LabelEncoder.oneHot(classes) : LabelEncoder.embedding(classes, size, rng);
    }

    @Override
    public int encodedSize() {
        return size;
    }
}
