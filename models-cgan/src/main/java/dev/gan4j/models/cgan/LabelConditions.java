package dev.gan4j.models.cgan;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/** Class labels as conditions: [N] class indices, encoded by a learned embedding or a one-hot code. */
final class LabelConditions implements ConditionSource {
    /** The exported input's name. */
    static final String INPUT = "label";

    private final ClassNames names;
    private final boolean oneHot;
    private final int size;

    /**
     * @param oneHot whether the code is one-hot (size = classes) rather than a learned embedding
     * @param size   the embedding's size (ignored for one-hot)
     */
    LabelConditions(ClassNames names, boolean oneHot, int size) {
        this.names = names;
        this.oneHot = oneHot;
        this.size = oneHot ? names.size() : size;
    }

    @Override
    public ClassNames classNames() {
        return names;
    }

    /** The labels themselves; draws nothing. */
    @Override
    public Tensor forClasses(int[] classes, Rng rng) {
        return ClassIndices.of(classes);
    }

    @Override
    public Layer newEncoder(Rng rng) {
        return oneHot ? LabelEncoder.oneHot(names.size()) : LabelEncoder.embedding(names.size(), size, rng);
    }

    @Override
    public int encodedSize() {
        return size;
    }

    @Override
    public boolean acceptsText() {
        return false;
    }

    @Override
    public Condition label(String label, int n) {
        int k = names.parse(label);
        int[] classes = new int[n];
        java.util.Arrays.fill(classes, k);
        return new Condition(ClassIndices.of(classes), "label " + names.describe(k));
    }

    @Override
    public Condition text(String text, int n) {
        throw new IllegalArgumentException("This model is conditioned on class labels, not on text; give a label "
                + "instead (a class name or index), or train with \"condition\": \"text\" to generate from captions.");
    }

    @Override
    public Condition even(int n) {
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % names.size();
        }
        return new Condition(ClassIndices.of(classes), "an even spread over the " + names.size()
                + " classes (sample i has class i mod " + names.size() + ")");
    }

    @Override
    public ExportedTensor exportedInput() {
        List<String> listing = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            listing.add(k + " " + names.names().get(k));
        }
        return new ExportedTensor(INPUT, ExportedTensor.ElementType.INT64, new int[] {ExportedTensor.BATCH},
                "the class of each sample, 0 to " + (names.size() - 1) + ": " + String.join(", ", listing));
    }
}
