package dev.gan4j.core.data;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * The contents of an IDX file: an element type, the dimensions (any rank) and the values in
 * row-major order, held as floats whatever the stored type.
 *
 * <p>Every uint8, int8 and int16 value is exact as a float, and so is every int32 value up to
 * 2<sup>24</sup> in magnitude; float64 values are rounded to float.
 */
public final class IdxArray {
    private final IdxType type;
    private final int[] dims;
    private final float[] values;

    /**
     * An array of {@code type} with the given dimensions that takes ownership of {@code values}
     * (no copy).
     */
    public IdxArray(IdxType type, float[] values, int... dims) {
        this.type = Objects.requireNonNull(type, "type");
        this.values = Objects.requireNonNull(values, "values");
        this.dims = dims.clone();
        long size = 1;
        for (int d : this.dims) {
            if (d < 0) {
                throw new IllegalArgumentException("IDX dimensions cannot be negative, but they are "
                        + Arrays.toString(this.dims) + ".");
            }
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("IDX dimensions " + Arrays.toString(this.dims) + " hold " + size
                    + " values, but " + values.length + " were given.");
        }
    }

    /** A float32 array holding a copy of the tensor's values, with its dimensions. */
    public static IdxArray fromTensor(Tensor tensor) {
        return new IdxArray(IdxType.FLOAT32, tensor.toArray(), tensor.dims());
    }

    /** The element type in the file. */
    public IdxType type() {
        return type;
    }

    /** A copy of the dimensions. */
    public int[] dims() {
        return dims.clone();
    }

    /** The number of dimensions. */
    public int rank() {
        return dims.length;
    }

    /** The size of dimension {@code axis}. */
    public int dim(int axis) {
        return dims[axis];
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /**
     * The values, row-major: the backing array, not a copy. An array returned by the reader is
     * fresh, so the caller may take it over (scale it in place, wrap it in a tensor).
     */
    public float[] values() {
        return values;
    }

    /** A tensor with these dimensions over a copy of the values. */
    public Tensor toTensor() {
        return Tensor.of(values.clone(), dims);
    }

    /** The values as ints (labels); fails naming the first value that is not a whole number. */
    public int[] toIntArray() {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (v != Math.rint(v) || Math.abs(v) > (1 << 24)) {
                throw new IllegalStateException("The IDX value " + v + " at index " + i
                        + " is not a whole number exactly held by a float, so it cannot be read as an int label.");
            }
            ints[i] = (int) v;
        }
        return ints;
    }

    @Override
    public String toString() {
        return "IdxArray(" + type.label() + " " + Arrays.toString(dims) + ")";
    }
}
