package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * Summation over axes and its adjoint, broadcasting to a larger shape. The two are each
 * other's backward rule, which is what lets gradients of gradients flow through them.
 */
public final class ReduceOps {
    private ReduceOps() {
    }

    /** The sum over {@code axes}; with {@code keepDims} the summed axes stay as size 1. */
    public static Tensor sum(Tensor x, int[] axes, boolean keepDims) {
        Shape in = x.shape();
        boolean[] reduced = new boolean[in.rank()];
        for (int axis : axes) {
            int a = in.normaliseAxis(axis);
            if (reduced[a]) {
                throw new IllegalArgumentException("Axis " + axis + " is listed twice in the axes "
                        + Arrays.toString(axes) + " of a sum over a tensor of shape " + in + ".");
            }
            reduced[a] = true;
        }
        int[] kept = in.toArray();
        int outRank = 0;
        for (int d = 0; d < kept.length; d++) {
            if (reduced[d]) {
                kept[d] = 1;
            } else {
                outRank++;
            }
        }
        Shape keptShape = Shape.of(kept);
        float[] out = sumData(x.data(), in.toArray(), reduced, keptShape.size());
        Shape outShape = keepDims ? keptShape : Shape.of(dropReduced(kept, reduced, outRank));
        return GradNode.result("sum", out, outShape,
                (g, y, needed) -> new Tensor[] {g.reshape(kept).broadcastTo(in)}, x);
    }

    /** {@code x} stretched to {@code target}; its gradient is summed back to {@code x}'s shape. */
    public static Tensor broadcastTo(Tensor x, Shape target) {
        if (x.shape().equals(target)) {
            return x;
        }
        if (!x.shape().broadcastsTo(target)) {
            throw new IllegalArgumentException("Cannot broadcast a tensor of shape " + x.shape() + " to shape " + target
                    + ": each dimension must equal the target's or be 1.");
        }
        Shape source = x.shape();
        return GradNode.result("broadcastTo", expand(x, target), target,
                (g, y, needed) -> new Tensor[] {g.sumToShape(source)}, x);
    }

    /** Sums the broadcast dimensions of {@code x} away so that the result has shape {@code target}. */
    public static Tensor sumToShape(Tensor x, Shape target) {
        if (x.shape().equals(target)) {
            return x;
        }
        if (!target.broadcastsTo(x.shape())) {
            throw new IllegalArgumentException("Cannot sum a tensor of shape " + x.shape() + " down to shape " + target
                    + ": the target must broadcast to the source.");
        }
        int lead = x.rank() - target.rank();
        int[] axes = new int[x.rank()];
        int n = 0;
        for (int d = 0; d < x.rank(); d++) {
            if (d < lead || (target.dim(d - lead) == 1 && x.dim(d) != 1)) {
                axes[n++] = d;
            }
        }
        return sum(x, Arrays.copyOf(axes, n), true).reshape(target.toArray());
    }

    /** The values of {@code x} broadcast to {@code target}, outside the graph. */
    static float[] expand(Tensor x, Shape target) {
        if (x.shape().equals(target)) {
            return x.data();
        }
        return BinaryKernel.ADD.apply(x, Tensor.scalar(0f), target);
    }

    private static int[] dropReduced(int[] dims, boolean[] reduced, int outRank) {
        int[] out = new int[outRank];
        int k = 0;
        for (int d = 0; d < dims.length; d++) {
            if (!reduced[d]) {
                out[k++] = dims[d];
            }
        }
        return out;
    }

    /**
     * Sums over the flagged axes. Neighbouring axes with the same flag are merged first, so the
     * inner loop runs over the longest contiguous stretch: a whole H×W plane for batch norm.
     */
    private static float[] sumData(float[] data, int[] dims, boolean[] reduced, int outSize) {
        if (data.length == 0) {
            return new float[outSize];  // a sum over nothing is 0; the loops below would divide by a run of 0
        }
        int[] mergedDims = new int[dims.length];
        boolean[] mergedReduced = new boolean[dims.length];
        int m = 0;
        for (int d = 0; d < dims.length; d++) {
            if (dims[d] == 1) {
                continue;
            }
            if (m > 0 && mergedReduced[m - 1] == reduced[d]) {
                mergedDims[m - 1] *= dims[d];
            } else {
                mergedDims[m] = dims[d];
                mergedReduced[m] = reduced[d];
                m++;
            }
        }
        float[] out = new float[outSize];
        if (m == 0) {
            if (data.length == 1) {
                out[0] = data[0];
            }
            return out;
        }
        // Output strides over the merged axes: 0 for a summed axis.
        int[] outStrides = new int[m];
        int s = 1;
        for (int d = m - 1; d >= 0; d--) {
            outStrides[d] = mergedReduced[d] ? 0 : s;
            s *= mergedReduced[d] ? 1 : mergedDims[d];
        }
        int run = mergedDims[m - 1];
        boolean innerReduced = mergedReduced[m - 1];
        int outer = data.length / run;
        int[] index = new int[m - 1];
        int oOff = 0;
        for (int r = 0, iOff = 0; r < outer; r++, iOff += run) {
            if (innerReduced) {
                double acc = 0;
                for (int i = 0; i < run; i++) {
                    acc += data[iOff + i];
                }
                out[oOff] += (float) acc;
            } else {
                for (int i = 0; i < run; i++) {
                    out[oOff + i] += data[iOff + i];
                }
            }
            for (int d = m - 2; d >= 0; d--) {
                if (++index[d] < mergedDims[d]) {
                    oOff += outStrides[d];
                    break;
                }
                index[d] = 0;
                oOff -= outStrides[d] * (mergedDims[d] - 1);
            }
        }
        return out;
    }
}
