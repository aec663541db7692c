package dev.gan4j.core.export;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input or output of an exported model, as its metadata documents it: a stable name, an
 * element type, a shape whose first dimension is the batch (written {@link #BATCH}), and what the
 * values mean (their distribution for an input, their range and layout for an output).
 *
 * @param name        the ONNX value name ({@code "z"}, {@code "label"}, {@code "sample"})
 * @param elementType the element type
 * @param shape       the shape, {@link #BATCH} for the dynamic batch dimension
 * @param meaning     what the values are, as a sentence (e.g. "standard normal noise N(0, I)")
 */
public record ExportedTensor(String name, ElementType elementType, int[] shape, String meaning) {
    /** The dynamic batch dimension in {@link #shape}. */
    public static final int BATCH = -1;

    /** The element types an exported model uses. */
    public enum ElementType {
        /** 32-bit floats. */
        FLOAT32,
        /** 64-bit integers (class indices, token ids). */
        INT64
    }

    /** Checks the fields and copies the shape. */
    public ExportedTensor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(meaning, "meaning");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An exported tensor needs a name, but the name was blank.");
        }
        shape = shape.clone();
        if (shape.length == 0 || shape[0] != BATCH) {
            throw new IllegalArgumentException("The shape of exported tensor '" + name
                    + "' must start with the batch dimension (-1), but was " + Arrays.toString(shape) + ".");
        }
        for (int i = 1; i < shape.length; i++) {
            if (shape[i] < 1) {
                throw new IllegalArgumentException("Dimension " + i + " of exported tensor '" + name
                        + "' must be positive, but the shape was " + Arrays.toString(shape) + ".");
            }
        }
    }

    /** The shape (a copy), {@link #BATCH} first. */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The shape written for people: {@code [N, 100]}. */
    public String shapeText() {
        StringBuilder text = new StringBuilder("[N");
        for (int i = 1; i < shape.length; i++) {
            text.append(", ").append(shape[i]);
        }
        return text.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportedTensor t && t.name.equals(name) && t.elementType == elementType
                && Arrays.equals(t.shape, shape) && t.meaning.equals(meaning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, elementType, Arrays.hashCode(shape), meaning);
    }

    @Override
    public String toString() {
        return name + " " + elementType + " " + shapeText() + ": " + meaning;
    }
}
