package dev.gan4j.core.condition;

import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Class labels as the condition: input {@value #INPUT}, the class index of each sample [N]. */
public final class LabelFormat implements ConditionFormat {
    /** The input's name. */
    public static final String INPUT = "label";

    private final ClassNames names;

    /** Labels of these classes. */
    public LabelFormat(ClassNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public ClassNames classNames() {
        return names;
    }

    @Override
    public boolean acceptsText() {
        return false;
    }

    @Override
    public Condition label(String label, int n) {
        int k = names.parse(label);
        float[] classes = new float[n];
        java.util.Arrays.fill(classes, k);
        return new Condition(Tensor.of(classes, n), "label " + names.describe(k));
    }

    @Override
    public Condition text(String text, int n) {
        throw new IllegalArgumentException("This model is conditioned on class labels, not on text; give a label "
                + "instead (a class name or index), or train with \"condition\": \"text\" to generate from captions.");
    }

    @Override
    public Condition even(int n) {
        float[] classes = new float[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % names.size();
        }
        return new Condition(Tensor.of(classes, n), "an even spread over the " + names.size()
                + " classes (sample i has class i mod " + names.size() + ")");
    }

    @Override
    public ExportedTensor input() {
        List<String> listing = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            listing.add(k + " " + names.names().get(k));
        }
        return new ExportedTensor(INPUT, ExportedTensor.ElementType.INT64, new int[] {ExportedTensor.BATCH},
                "the class of each sample, 0 to " + (names.size() - 1) + ": " + String.join(", ", listing));
    }

    @Override
    public Map<String, String> metadata() {
        return ConditionMetadata.write(this);
    }
}
