package dev.gan4j.core.tensor;

import java.util.Arrays;

/**
 * The dimensions of a row-major, contiguous tensor. Immutable.
 *
 * <p>Images are NCHW. Broadcasting follows the NumPy rule: dimensions are aligned from
 * the right, and a dimension of size 1 stretches to match the other.
 */
public final class Shape {
    private final int[] dims;
    private final int size;

    private Shape(int[] dims) {
        long n = 1;
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("A tensor dimension cannot be negative, but the shape "
                        + Arrays.toString(dims) + " has one; give sizes of zero or more.");
            }
            n *= d;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The shape " + Arrays.toString(dims)
                    + " holds more than 2^31 - 1 elements, the most one float32 tensor can hold.");
        }
        this.dims = dims;
        this.size = (int) n;
    }

    /** A shape with the given dimensions (copied). */
    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    /** The number of dimensions. */
    public int rank() {
        return dims.length;
    }

    /** The size of dimension {@code axis}; a negative axis counts from the end. */
    public int dim(int axis) {
        return dims[normaliseAxis(axis)];
    }

    /** A copy of the dimensions. */
    public int[] toArray() {
        return dims.clone();
    }

    /** The number of elements. */
    public int size() {
        return size;
    }

    /** Row-major strides, in elements. */
    public int[] strides() {
        int[] strides = new int[dims.length];
        int s = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= dims[i];
        }
        return strides;
    }

    /** Turns a possibly negative axis into an index in {@code [0, rank)}, or says which axes exist. */
    public int normaliseAxis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new IllegalArgumentException("Axis " + axis + " does not exist in a tensor of shape " + this
                    + "; valid axes are " + (-dims.length) + " to " + (dims.length - 1) + ".");
        }
        return a;
    }

    /**
     * The shape two operands broadcast to.
     *
     * @param op the operation's name, for the error message
     * @throws IllegalArgumentException naming both shapes and the op when they do not broadcast
     */
    public static Shape broadcast(Shape a, Shape b, String op) {
        if (a.equals(b)) {
            return a;
        }
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.rank() ? 1 : a.dims[i - (rank - a.rank())];
            int db = i < rank - b.rank() ? 1 : b.dims[i - (rank - b.rank())];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException("Cannot " + op + " tensors of shapes " + a + " and " + b
                        + ": dimension " + i + " (from the left, after aligning right) is " + da + " against " + db
                        + "; sizes must match or one of them be 1.");
            }
            // not max(da, db): a dimension of 0 against 1 broadcasts to 0, as in NumPy
            out[i] = da == 1 ? db : da;
        }
        return new Shape(out);
    }

    /**
     * Strides for reading this shape as if broadcast to {@code target}: stretched dimensions get stride 0.
     * Assumes {@code target} is a valid broadcast of this shape.
     */
    public int[] broadcastStrides(Shape target) {
        int[] own = strides();
        int[] out = new int[target.rank()];
        int offset = target.rank() - rank();
        for (int i = 0; i < rank(); i++) {
            out[i + offset] = dims[i] == 1 && target.dims[i + offset] != 1 ? 0 : own[i];
        }
        return out;
    }

    /** Whether this shape can be broadcast to {@code target} without changing {@code target}. */
    public boolean broadcastsTo(Shape target) {
        if (rank() > target.rank()) {
            return false;
        }
        int offset = target.rank() - rank();
        for (int i = 0; i < rank(); i++) {
            if (dims[i] != 1 && dims[i] != target.dims[i + offset]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape other && Arrays.equals(dims, other.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
