package dev.gan4j.core.spi;

import java.util.Arrays;

/**
 * What one training example looks like, so a family can size its networks.
 *
 * @param name        the dataset's name, for provenance and messages
 * @param sampleShape the shape of one example: [C, H, W] for images, [D] for vectors
 * @param classes     the number of class labels, or 0 when the data has none
 */
public record DataSpec(String name, int[] sampleShape, int classes) {
    /** Copies the shape so the record stays immutable. */
    public DataSpec {
        sampleShape = sampleShape.clone();
    }

    /** The shape of one example (a copy). */
    @Override
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** Whether examples are images [C, H, W]. */
    public boolean isImage() {
        return sampleShape.length == 3;
    }

    /** The number of values in one example. */
    public int sampleSize() {
        return Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSpec d && d.name.equals(name) && Arrays.equals(d.sampleShape, sampleShape)
                && d.classes == classes;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(sampleShape) * 7 + classes;
    }

    @Override
    public String toString() {
        return name + " " + Arrays.toString(sampleShape) + (classes > 0 ? " with " + classes + " classes" : "");
    }
}
