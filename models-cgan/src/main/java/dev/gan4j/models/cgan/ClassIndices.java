package dev.gan4j.models.cgan;

import dev.gan4j.core.tensor.Tensor;

/** Whole numbers carried in float tensors (class labels, token ids), read back as ints with a check. */
final class ClassIndices {
    private ClassIndices() {
    }

    /** The values of {@code values} as ints, each a whole number in [0, bound); {@code what} names them in errors. */
    static int[] read(Tensor values, int bound, String what) {
        float[] data = values.data();
        int[] out = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            float v = data[i];
            if (v != Math.rint(v) || v < 0 || v >= bound) {
                throw new IllegalArgumentException(what + " must be whole numbers from 0 to " + (bound - 1)
                        + ", but element " + i + " of " + values.shape() + " is " + v + ".");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /** The ints as a float tensor [n]. */
    static Tensor of(int[] values) {
        float[] data = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            data[i] = values[i];
        }
        return Tensor.of(data, values.length);
    }
}
