package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * One elementwise binary function and the loop that applies it with broadcasting.
 *
 * <p>The driver splits the output into runs in which each operand is either contiguous or a
 * single repeated value, and hands each run to one of three monomorphic loops, so HotSpot can
 * vectorise them (a lambda per element would not be).
 */
abstract class BinaryKernel {
    /** o[i] = f(a[i], b[i]). */
    abstract void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n);

    /** o[i] = f(a[i], b). */
    abstract void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n);

    /** o[i] = f(a, b[i]). */
    abstract void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n);

    /** f applied to a and b broadcast to {@code out}. */
    final float[] apply(Tensor a, Tensor b, Shape out) {
        float[] o = new float[out.size()];
        float[] ad = a.data();
        float[] bd = b.data();
        if (a.shape().equals(out) && b.shape().equals(out)) {
            ParallelLoops.run(o.length, (from, to) -> vectorVector(ad, from, bd, from, o, from, to - from));
            return o;
        }
        if (a.shape().equals(out) && b.size() == 1) {
            float bv = bd[0];
            ParallelLoops.run(o.length, (from, to) -> vectorScalar(ad, from, bv, o, from, to - from));
            return o;
        }
        if (b.shape().equals(out) && a.size() == 1) {
            float av = ad[0];
            ParallelLoops.run(o.length, (from, to) -> scalarVector(av, bd, from, o, from, to - from));
            return o;
        }
        int rank = out.rank();
        int[] dims = out.toArray();
        int[] sa = a.shape().broadcastStrides(out);
        int[] sb = b.shape().broadcastStrides(out);
        int[] so = out.strides();
        // Find the longest trailing block in which each operand is contiguous or constant.
        Boolean aContiguous = null;
        Boolean bContiguous = null;
        int split = rank;
        while (split > 0) {
            int d = split - 1;
            if (dims[d] != 1) {
                Boolean ac = sa[d] == so[d] ? Boolean.TRUE : sa[d] == 0 ? Boolean.FALSE : null;
                Boolean bc = sb[d] == so[d] ? Boolean.TRUE : sb[d] == 0 ? Boolean.FALSE : null;
                if (ac == null || bc == null || (aContiguous != null && !aContiguous.equals(ac))
                        || (bContiguous != null && !bContiguous.equals(bc))) {
                    break;
                }
                aContiguous = ac;
                bContiguous = bc;
            }
            split--;
        }
        int run = 1;
        for (int d = split; d < rank; d++) {
            run *= dims[d];
        }
        boolean av = aContiguous == null || aContiguous;
        boolean bv = bContiguous == null || bContiguous;
        int[] index = new int[split];
        int aOff = 0;
        int bOff = 0;
        for (int oOff = 0; oOff < o.length; oOff += run) {
            if (av && bv) {
                vectorVector(ad, aOff, bd, bOff, o, oOff, run);
            } else if (av) {
                vectorScalar(ad, aOff, bd[bOff], o, oOff, run);
            } else if (bv) {
                scalarVector(ad[aOff], bd, bOff, o, oOff, run);
            } else {
                vectorScalar(ad, aOff, bd[bOff], o, oOff, 1);
                Arrays.fill(o, oOff + 1, oOff + run, o[oOff]);
            }
            for (int d = split - 1; d >= 0; d--) {
                if (++index[d] < dims[d]) {
                    aOff += sa[d];
                    bOff += sb[d];
                    break;
                }
                index[d] = 0;
                aOff -= sa[d] * (dims[d] - 1);
                bOff -= sb[d] * (dims[d] - 1);
            }
        }
        return o;
    }

    static final BinaryKernel ADD = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] + b[bo + i];
            }
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] + b;
            }
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            vectorScalar(b, bo, a, o, oo, n);
        }
    };

    static final BinaryKernel SUB = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] - b[bo + i];
            }
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] - b;
            }
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a - b[bo + i];
            }
        }
    };

    static final BinaryKernel MUL = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] * b[bo + i];
            }
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] * b;
            }
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            vectorScalar(b, bo, a, o, oo, n);
        }
    };

    static final BinaryKernel DIV = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] / b[bo + i];
            }
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] / b;
            }
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a / b[bo + i];
            }
        }
    };

    /** 1 where a ≥ b, else 0: the mask that routes the gradient of max(a, b) to a. */
    static final BinaryKernel GREATER_EQUAL = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] >= b[bo + i] ? 1f : 0f;
            }
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a[ao + i] >= b ? 1f : 0f;
            }
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            for (int i = 0; i < n; i++) {
                o[oo + i] = a >= b[bo + i] ? 1f : 0f;
            }
        }
    };

    /** 1 where a ≤ b, else 0: the mask that routes the gradient of min(a, b) to a. */
    static final BinaryKernel LESS_EQUAL = new BinaryKernel() {
        @Override
        void vectorVector(float[] a, int ao, float[] b, int bo, float[] o, int oo, int n) {
            GREATER_EQUAL.vectorVector(b, bo, a, ao, o, oo, n);
        }

        @Override
        void vectorScalar(float[] a, int ao, float b, float[] o, int oo, int n) {
            GREATER_EQUAL.scalarVector(b, a, ao, o, oo, n);
        }

        @Override
        void scalarVector(float a, float[] b, int bo, float[] o, int oo, int n) {
            GREATER_EQUAL.vectorScalar(b, bo, a, o, oo, n);
        }
    };
}
