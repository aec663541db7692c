package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * Ops that move values without arithmetic: reshape, permute, slice and its adjoint embed,
 * concat, index-select and its adjoint index-add.
 */
public final class ShapeOps {
    private ShapeOps() {
    }

    /** The same values in a new shape (sharing the array); one dimension may be −1. */
    public static Tensor reshape(Tensor x, int... newShape) {
        int[] dims = newShape.clone();
        int infer = -1;
        long known = 1;
        boolean valid = true;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1) {
                if (infer >= 0) {
                    throw new IllegalArgumentException("reshape of " + x.shape() + " to " + Arrays.toString(newShape)
                            + " has more than one -1; only one dimension can be inferred.");
                }
                infer = i;
            } else {
                valid &= dims[i] >= 0;
                known *= dims[i];
            }
        }
        if (infer >= 0) {
            // checked here rather than left to Shape.of, whose message would name neither reshape nor the source
            valid &= known > 0 && x.size() % known == 0;
            dims[infer] = valid ? (int) (x.size() / known) : 0;
        }
        if (!valid || known * (infer >= 0 ? dims[infer] : 1) != x.size()) {
            throw new IllegalArgumentException("Cannot reshape a tensor of shape " + x.shape() + " (" + x.size()
                    + " elements) to " + Arrays.toString(newShape) + "; the number of elements must stay the same"
                    + " and every size must be 0 or more, with at most one -1 to infer.");
        }
        Shape target = Shape.of(dims);
        if (target.equals(x.shape())) {
            return x;
        }
        Shape source = x.shape();
        return GradNode.result("reshape", x.data(), target,
                (g, y, needed) -> new Tensor[] {g.reshape(source.toArray())}, x);
    }

    /** Result axis i is input axis {@code order[i]}. */
    public static Tensor permute(Tensor x, int... order) {
        Shape in = x.shape();
        if (order.length != in.rank()) {
            throw new IllegalArgumentException("permute of a tensor of shape " + in + " needs " + in.rank()
                    + " axes but got " + Arrays.toString(order) + ".");
        }
        int[] inStrides = in.strides();
        int[] outDims = new int[order.length];
        int[] readStrides = new int[order.length];
        int[] inverse = new int[order.length];
        boolean[] seen = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            int a = in.normaliseAxis(order[i]);
            if (seen[a]) {
                throw new IllegalArgumentException("permute order " + Arrays.toString(order)
                        + " names axis " + a + " twice; each axis must appear once.");
            }
            seen[a] = true;
            outDims[i] = in.dim(a);
            readStrides[i] = inStrides[a];
            inverse[a] = i;
        }
        Shape out = Shape.of(outDims);
        float[] dst = new float[x.size()];
        copyPermuted(x.data(), dst, outDims, readStrides);
        return GradNode.result("permute", dst, out, (g, y, needed) -> new Tensor[] {g.permute(inverse)}, x);
    }

    /**
     * Writes {@code src} read with {@code readStrides} into {@code dst} in row-major order of
     * {@code dims}. Axes of size 1 are dropped and output axes that are also neighbours in the
     * input are merged first, so the inner loop runs as long as possible and, where the input is
     * contiguous along it (a batch-channel swap, the identity), is a block copy.
     */
    private static void copyPermuted(float[] src, float[] dst, int[] dims, int[] readStrides) {
        if (dst.length == 0) {
            return;
        }
        int[] mergedDims = new int[dims.length];
        int[] mergedStrides = new int[dims.length];
        int rank = 0;
        for (int d = 0; d < dims.length; d++) {
            if (dims[d] == 1) {
                continue;
            }
            if (rank > 0 && mergedStrides[rank - 1] == readStrides[d] * dims[d]) {
                mergedDims[rank - 1] *= dims[d];
                mergedStrides[rank - 1] = readStrides[d];
            } else {
                mergedDims[rank] = dims[d];
                mergedStrides[rank] = readStrides[d];
                rank++;
            }
        }
        if (rank == 0) {
            dst[0] = src[0];
            return;
        }
        int run = mergedDims[rank - 1];
        int step = mergedStrides[rank - 1];
        int[] index = new int[rank - 1];
        int offset = 0;
        for (int o = 0; o < dst.length; o += run) {
            if (step == 1) {
                System.arraycopy(src, offset, dst, o, run);
            } else {
                for (int i = 0, r = offset; i < run; i++, r += step) {
                    dst[o + i] = src[r];
                }
            }
            for (int d = rank - 2; d >= 0; d--) {
                if (++index[d] < mergedDims[d]) {
                    offset += mergedStrides[d];
                    break;
                }
                index[d] = 0;
                offset -= mergedStrides[d] * (mergedDims[d] - 1);
            }
        }
    }

    /** Indices [start, end) along {@code axis}. */
    public static Tensor slice(Tensor x, int axis, int start, int end) {
        Shape in = x.shape();
        int a = in.normaliseAxis(axis);
        int size = in.dim(a);
        if (start < 0 || end > size || start > end) {
            throw new IllegalArgumentException("Cannot slice [" + start + ", " + end + ") along axis " + axis
                    + " of a tensor of shape " + in + "; the range must lie within [0, " + size + "].");
        }
        int[] dims = in.toArray();
        dims[a] = end - start;
        Shape out = Shape.of(dims);
        float[] dst = copyBlocks(x.data(), in, a, start, out.dim(a), new float[out.size()], out, 0);
        return GradNode.result("slice", dst, out,
                (g, y, needed) -> new Tensor[] {embed(g, a, start, size)}, x);
    }

    /** A tensor of zeros, {@code size} long along {@code axis}, with {@code x} written at {@code start}. */
    public static Tensor embed(Tensor x, int axis, int start, int size) {
        Shape in = x.shape();
        int a = in.normaliseAxis(axis);
        int length = in.dim(a);
        if (start < 0 || start + length > size) {
            // without this check the copy overruns each block into the next, then fails without a message
            throw new IllegalArgumentException("Cannot embed a tensor of shape " + in + " at " + start
                    + " along axis " + axis + " of a result " + size + " long: its " + length
                    + " entries must fit in [0, " + size + "); give a start from 0 to " + (size - length) + ".");
        }
        int[] dims = in.toArray();
        dims[a] = size;
        Shape out = Shape.of(dims);
        float[] dst = new float[out.size()];
        writeBlocks(x.data(), in, a, dst, out, start);
        return GradNode.result("embed", dst, out,
                (g, y, needed) -> new Tensor[] {slice(g, a, start, start + length)}, x);
    }

    /** Joins tensors along {@code axis}. */
    public static Tensor concat(int axis, List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concat needs at least one tensor.");
        }
        Shape first = parts.get(0).shape();
        int a = first.normaliseAxis(axis);
        int total = 0;
        for (Tensor p : parts) {
            Shape s = p.shape();
            boolean compatible = s.rank() == first.rank();
            for (int d = 0; compatible && d < s.rank(); d++) {
                compatible = d == a || s.dim(d) == first.dim(d);
            }
            if (!compatible) {
                throw new IllegalArgumentException("Cannot concat tensors of shapes " + first + " and " + s
                        + " along axis " + axis + ": all other dimensions must be equal.");
            }
            total += s.dim(a);
        }
        int[] dims = first.toArray();
        dims[a] = total;
        Shape out = Shape.of(dims);
        float[] dst = new float[out.size()];
        int[] starts = new int[parts.size()];
        int offset = 0;
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = offset;
            writeBlocks(parts.get(i).data(), parts.get(i).shape(), a, dst, out, offset);
            offset += parts.get(i).dim(a);
        }
        Tensor[] inputs = parts.toArray(new Tensor[0]);
        return GradNode.result("concat", dst, out, (g, y, needed) -> {
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                if (needed[i]) {
                    grads[i] = slice(g, a, starts[i], starts[i] + inputs[i].dim(a));
                }
            }
            return grads;
        }, inputs);
    }

    /** The entries at {@code indices} along {@code axis}, in that order (repeats allowed). */
    public static Tensor indexSelect(Tensor x, int axis, int[] indices) {
        Shape in = x.shape();
        int a = in.normaliseAxis(axis);
        int size = in.dim(a);
        checkIndices(indices, size, in, axis);
        int[] dims = in.toArray();
        dims[a] = indices.length;
        Shape out = Shape.of(dims);
        int inner = innerSize(in, a);
        int outer = in.size() / Math.max(1, size * inner);
        float[] src = x.data();
        float[] dst = new float[out.size()];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < indices.length; i++) {
                System.arraycopy(src, (o * size + indices[i]) * inner, dst, (o * indices.length + i) * inner, inner);
            }
        }
        int[] idx = indices.clone();
        return GradNode.result("indexSelect", dst, out,
                (g, y, needed) -> new Tensor[] {indexAdd(g, a, idx, size)}, x);
    }

    /** Zeros, {@code size} long along {@code axis}, with each slice of {@code x} added at its index. */
    public static Tensor indexAdd(Tensor x, int axis, int[] indices, int size) {
        Shape in = x.shape();
        int a = in.normaliseAxis(axis);
        if (in.dim(a) != indices.length) {
            throw new IllegalArgumentException("indexAdd got " + indices.length + " indices for axis " + axis
                    + " of size " + in.dim(a) + " in a tensor of shape " + in + "; give one index per slice.");
        }
        int[] dims = in.toArray();
        dims[a] = size;
        Shape out = Shape.of(dims);
        checkIndices(indices, size, out, axis);
        int inner = innerSize(in, a);
        int outer = in.size() / Math.max(1, indices.length * inner);
        float[] src = x.data();
        float[] dst = new float[out.size()];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < indices.length; i++) {
                int from = (o * indices.length + i) * inner;
                int to = (o * size + indices[i]) * inner;
                for (int k = 0; k < inner; k++) {
                    dst[to + k] += src[from + k];
                }
            }
        }
        int[] idx = indices.clone();
        return GradNode.result("indexAdd", dst, out,
                (g, y, needed) -> new Tensor[] {indexSelect(g, a, idx)}, x);
    }

    private static void checkIndices(int[] indices, int size, Shape shape, int axis) {
        for (int i : indices) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("Index " + i + " is out of range for axis " + axis
                        + " of size " + size + " in a tensor of shape " + shape + "; valid indices are 0 to "
                        + (size - 1) + ".");
            }
        }
    }

    private static int innerSize(Shape s, int axis) {
        int inner = 1;
        for (int d = axis + 1; d < s.rank(); d++) {
            inner *= s.dim(d);
        }
        return inner;
    }

    /** Copies {@code length} entries along {@code axis} from {@code start} of {@code src} into {@code dst}. */
    private static float[] copyBlocks(float[] src, Shape in, int axis, int start, int length,
                                      float[] dst, Shape out, int dstStart) {
        int inner = innerSize(in, axis);
        int outer = in.size() / Math.max(1, in.dim(axis) * inner);
        for (int o = 0; o < outer; o++) {
            System.arraycopy(src, (o * in.dim(axis) + start) * inner,
                    dst, (o * out.dim(axis) + dstStart) * inner, length * inner);
        }
        return dst;
    }

    /** Writes all of {@code src} into {@code dst} along {@code axis} starting at {@code dstStart}. */
    private static void writeBlocks(float[] src, Shape in, int axis, float[] dst, Shape out, int dstStart) {
        copyBlocks(src, in, axis, 0, in.dim(axis), dst, out, dstStart);
    }
}
