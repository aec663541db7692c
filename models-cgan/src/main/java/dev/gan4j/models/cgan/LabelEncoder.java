package dev.gan4j.models.cgan;

import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Embedding;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * Class labels [N] (class indices held as floats) to vectors [N, size]: a learned embedding
 * (parameter {@code "weight"} [classes, size], drawn N(0, 1)), or a fixed one-hot code of size
 * {@code classes} with no parameters.
 */
public final class LabelEncoder extends AbstractLayer {
    private final int classes;
    private final Embedding table;

    private LabelEncoder(int classes, Embedding table) {
        this.classes = classes;
        this.table = table;
    }

    /** A learned embedding of {@code classes} labels in {@code size} dimensions, drawn from {@code rng}. */
    public static LabelEncoder embedding(int classes, int size, Rng rng) {
        return new LabelEncoder(classes, new Embedding(classes, size, rng));
    }

    /** The one-hot code of {@code classes} labels. */
    public static LabelEncoder oneHot(int classes) {
        if (classes <= 0) {
            throw new IllegalArgumentException("A one-hot label code needs 1 class or more, but got " + classes + ".");
        }
        return new LabelEncoder(classes, null);
    }

    /** The class labels [N] to [N, size]; no gradient flows to the labels. */
    @Override
    public Tensor forward(Tensor labels) {
        if (labels.rank() != 1) {
            throw new IllegalArgumentException("A label encoder takes class labels of shape [N], but got " + labels.shape()
                    + ".");
        }
        int[] indices = ClassIndices.read(labels, classes, "Class labels");
        if (table != null) {
            return table.lookup(indices);
        }
        float[] code = new float[indices.length * classes];
        for (int i = 0; i < indices.length; i++) {
            code[i * classes + indices[i]] = 1f;
        }
        return Tensor.of(code, indices.length, classes);
    }

    /** The number of classes. */
    public int classes() {
        return classes;
    }

    /** The size of a label's vector: the embedding's, or the number of classes for one-hot. */
    public int size() {
        return table == null ? classes : table.dim();
    }

    /** Whether the code is one-hot (no parameters). */
    public boolean isOneHot() {
        return table == null;
    }

    /** The table [classes, size]: the learned embedding, or the identity for one-hot (a new tensor). */
    public Tensor table() {
        if (table != null) {
            return table.weight();
        }
        float[] identity = new float[classes * classes];
        for (int k = 0; k < classes; k++) {
            identity[k * classes + k] = 1f;
        }
        return Tensor.of(identity, classes, classes);
    }

    /** "weight" [classes, size] for an embedding; none for one-hot. */
    @Override
    public List<Parameter> parameters() {
        return table == null ? List.of() : table.parameters();
    }

    @Override
    public String toString() {
        return table == null ? "LabelEncoder(one-hot, " + classes + ")" : "LabelEncoder(" + classes + ", " + size() + ")";
    }
}
