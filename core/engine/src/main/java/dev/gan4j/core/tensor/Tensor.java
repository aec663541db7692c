package dev.gan4j.core.tensor;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.BinaryOps;
import dev.gan4j.core.autograd.GradNode;
import dev.gan4j.core.autograd.MatMulOp;
import dev.gan4j.core.autograd.ReduceOps;
import dev.gan4j.core.autograd.ShapeOps;
import dev.gan4j.core.autograd.UnaryOps;
import java.util.Arrays;
import java.util.List;

/**
 * A float32 tensor: a row-major, contiguous array of values with a {@link Shape}, and the
 * autograd bookkeeping of define-by-run reverse mode.
 *
 * <p>A tensor made by an op while gradients are recorded (see {@link dev.gan4j.core.autograd.GradMode})
 * and from at least one input that requires gradients remembers the op that made it, so
 * {@link #backward()} can send gradients back to the leaves. Leaves are tensors made directly
 * (parameters, data); they require gradients only when asked with {@link #requiresGrad(boolean)}.
 *
 * <p>Every op returns a new tensor; no op changes its inputs. The backing array of a leaf may be
 * changed in place by optimisers and initialisers through {@link #data()}.
 */
public final class Tensor {
    private final float[] data;
    private final Shape shape;
    private final GradNode node;
    private boolean requiresGrad;
    private Tensor grad;
    /** Whether {@link #grad}'s array was made by {@link #accumulateGrad} and belongs to this tensor alone. */
    private boolean gradArrayOwned;
    /** The array of the gradient {@link #zeroGrad()} cleared, for the next backward pass to copy into. */
    private float[] spareGradArray;

    private Tensor(float[] data, Shape shape, GradNode node) {
        if (data.length != shape.size()) {
            throw new IllegalArgumentException("A tensor of shape " + shape + " needs " + shape.size()
                    + " values, but " + data.length + " were given.");
        }
        this.data = data;
        this.shape = shape;
        this.node = node;
        this.requiresGrad = node != null;
    }

    // ---------------------------------------------------------------- factories

    /** A leaf tensor that takes ownership of {@code data} (no copy). */
    public static Tensor of(float[] data, int... shape) {
        return new Tensor(data, Shape.of(shape), null);
    }

    /** A leaf tensor that takes ownership of {@code data} (no copy). */
    public static Tensor of(float[] data, Shape shape) {
        return new Tensor(data, shape, null);
    }

    /**
     * The result of an op. Used by the ops of {@code dev.gan4j.core.autograd}; {@code node} is
     * null when no gradient is recorded.
     */
    public static Tensor fromOp(float[] data, Shape shape, GradNode node) {
        return new Tensor(data, shape, node);
    }

    /** A scalar (rank 0). */
    public static Tensor scalar(float value) {
        return new Tensor(new float[] {value}, Shape.of(), null);
    }

    /** Zeros. */
    public static Tensor zeros(int... shape) {
        Shape s = Shape.of(shape);
        return new Tensor(new float[s.size()], s, null);
    }

    /** Zeros of the given shape. */
    public static Tensor zeros(Shape shape) {
        return new Tensor(new float[shape.size()], shape, null);
    }

    /** Ones. */
    public static Tensor ones(int... shape) {
        return full(1f, shape);
    }

    /** Every element {@code value}. */
    public static Tensor full(float value, int... shape) {
        Shape s = Shape.of(shape);
        float[] d = new float[s.size()];
        Arrays.fill(d, value);
        return new Tensor(d, s, null);
    }

    /** Standard normal samples from {@code rng}. */
    public static Tensor randn(Rng rng, int... shape) {
        Shape s = Shape.of(shape);
        float[] d = new float[s.size()];
        rng.fillGaussian(d, 0, 1);
        return new Tensor(d, s, null);
    }

    /** Uniform samples in [low, high) from {@code rng}. */
    public static Tensor uniform(Rng rng, float low, float high, int... shape) {
        Shape s = Shape.of(shape);
        float[] d = new float[s.size()];
        rng.fillUniform(d, low, high);
        return new Tensor(d, s, null);
    }

    /** Joins tensors along {@code axis}; all other dimensions must agree. */
    public static Tensor concat(int axis, Tensor... parts) {
        return ShapeOps.concat(axis, List.of(parts));
    }

    /** Joins tensors along {@code axis}; all other dimensions must agree. */
    public static Tensor concat(int axis, List<Tensor> parts) {
        return ShapeOps.concat(axis, parts);
    }

    // ---------------------------------------------------------------- data and shape

    /** The shape. */
    public Shape shape() {
        return shape;
    }

    /** The dimensions, as a copy. */
    public int[] dims() {
        return shape.toArray();
    }

    /** The size of dimension {@code axis} (negative counts from the end). */
    public int dim(int axis) {
        return shape.dim(axis);
    }

    /** The number of dimensions. */
    public int rank() {
        return shape.rank();
    }

    /** The number of elements. */
    public int size() {
        return shape.size();
    }

    /** The backing array, not a copy: kernels, initialisers and optimisers read and write it. */
    public float[] data() {
        return data;
    }

    /** A copy of the values. */
    public float[] toArray() {
        return data.clone();
    }

    /** The single value of a tensor with one element. */
    public float item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs a tensor with exactly one element, but the shape is "
                    + shape + "; reduce it first, for example with sum() or mean().");
        }
        return data[0];
    }

    /** The value at the given multi-index. */
    public float get(int... index) {
        if (index.length != shape.rank()) {
            throw new IllegalArgumentException("The index " + Arrays.toString(index) + " has " + index.length
                    + " coordinates but the tensor of shape " + shape + " has rank " + shape.rank() + ".");
        }
        int[] strides = shape.strides();
        int offset = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape.dim(i)) {
                throw new IndexOutOfBoundsException("Index " + index[i] + " is outside dimension " + i
                        + " of size " + shape.dim(i) + " in a tensor of shape " + shape + ".");
            }
            offset += index[i] * strides[i];
        }
        return data[offset];
    }

    // ---------------------------------------------------------------- autograd

    /** Whether gradients flow back through this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * Marks a leaf as needing gradients (parameters, or the inputs of a gradient penalty).
     *
     * @return this tensor
     */
    public Tensor requiresGrad(boolean value) {
        if (node != null && !value) {
            throw new IllegalStateException("Only a leaf tensor can stop requiring gradients; this one was made by "
                    + node.op() + ". Use detach() to get a copy outside the graph.");
        }
        this.requiresGrad = value || node != null;
        return this;
    }

    /** The op that made this tensor, or null for a leaf or a tensor made without recording. */
    public GradNode gradNode() {
        return node;
    }

    /** Whether this tensor is a leaf (made directly, not by a recorded op). */
    public boolean isLeaf() {
        return node == null;
    }

    /** The gradient accumulated by {@link #backward()}, or null when none has arrived. */
    public Tensor grad() {
        return grad;
    }

    /** Replaces the accumulated gradient (null clears it). Used by optimisers (clipping). */
    public void setGrad(Tensor value) {
        checkGradShape(value);
        this.grad = value;
        this.gradArrayOwned = false;
    }

    /**
     * Adds {@code g} to the accumulated gradient, as the backward pass does for a leaf. The first
     * gradient after {@link #zeroGrad()} is copied into an array of this tensor's own (the one the
     * cleared gradient used, so a training step allocates no new gradient arrays), unless
     * {@code exclusive} says that g's array belongs to nothing else, in which case g itself is kept.
     */
    public void accumulateGrad(Tensor g, boolean exclusive) {
        checkGradShape(g);
        if (grad != null) {
            grad = grad.add(g);
        } else if (exclusive) {
            grad = g;
        } else {
            float[] target = spareGradArray != null && spareGradArray.length == g.data.length
                    ? spareGradArray : new float[g.data.length];
            System.arraycopy(g.data, 0, target, 0, target.length);
            grad = new Tensor(target, shape, null);
        }
        spareGradArray = null;
        gradArrayOwned = true;
    }

    private void checkGradShape(Tensor value) {
        if (value != null && !value.shape.equals(shape)) {
            throw new IllegalArgumentException("A gradient of shape " + value.shape
                    + " cannot be stored on a tensor of shape " + shape + ".");
        }
    }

    /**
     * Clears the accumulated gradient. The array of a gradient the backward pass made is kept, and
     * the next backward pass copies the new gradient into it: copy a gradient ({@link #toArray()})
     * to keep its values past this call.
     */
    public void zeroGrad() {
        if (grad != null && gradArrayOwned) {
            spareGradArray = grad.data;
        }
        this.grad = null;
        this.gradArrayOwned = false;
    }

    /** The same values, outside the graph: no gradient flows through the result. Shares the backing array. */
    public Tensor detach() {
        return new Tensor(data, shape, null);
    }

    /** Backpropagates from this scalar into the {@code grad} of every leaf that requires it; frees the graph. */
    public void backward() {
        Autograd.backward(this, null, false);
    }

    /**
     * Backpropagates with an explicit seed gradient of this tensor's shape.
     *
     * @param retainGraph keep the graph so that backward can run through it again
     */
    public void backward(Tensor seed, boolean retainGraph) {
        Autograd.backward(this, seed, retainGraph);
    }

    // ---------------------------------------------------------------- arithmetic (broadcasting)

    /** Elementwise sum, broadcasting. */
    public Tensor add(Tensor other) {
        return BinaryOps.add(this, other);
    }

    /** Adds a constant. */
    public Tensor add(float value) {
        return BinaryOps.add(this, scalar(value));
    }

    /** Elementwise difference, broadcasting. */
    public Tensor sub(Tensor other) {
        return BinaryOps.sub(this, other);
    }

    /** Subtracts a constant. */
    public Tensor sub(float value) {
        return BinaryOps.add(this, scalar(-value));
    }

    /** Elementwise product, broadcasting. */
    public Tensor mul(Tensor other) {
        return BinaryOps.mul(this, other);
    }

    /** Multiplies by a constant. */
    public Tensor mul(float value) {
        return UnaryOps.scale(this, value);
    }

    /** Elementwise quotient, broadcasting. */
    public Tensor div(Tensor other) {
        return BinaryOps.div(this, other);
    }

    /** Divides by a constant. */
    public Tensor div(float value) {
        return UnaryOps.scale(this, 1f / value);
    }

    /** Elementwise maximum, broadcasting; on ties the gradient goes to this tensor. */
    public Tensor maximum(Tensor other) {
        return BinaryOps.maximum(this, other);
    }

    /** Elementwise minimum, broadcasting; on ties the gradient goes to this tensor. */
    public Tensor minimum(Tensor other) {
        return BinaryOps.minimum(this, other);
    }

    /** Negation. */
    public Tensor neg() {
        return UnaryOps.scale(this, -1f);
    }

    // ---------------------------------------------------------------- elementwise functions

    /** x². */
    public Tensor square() {
        return UnaryOps.square(this);
    }

    /** √x. */
    public Tensor sqrt() {
        return UnaryOps.sqrt(this);
    }

    /** eˣ. */
    public Tensor exp() {
        return UnaryOps.exp(this);
    }

    /** Natural logarithm. */
    public Tensor log() {
        return UnaryOps.log(this);
    }

    /** |x|; the gradient at 0 is 0. */
    public Tensor abs() {
        return UnaryOps.abs(this);
    }

    /** Clamps into [min, max]; no gradient flows where a bound is active. */
    public Tensor clamp(float min, float max) {
        return UnaryOps.clamp(this, min, max);
    }

    /** max(x, 0). */
    public Tensor relu() {
        return UnaryOps.leakyRelu(this, 0f);
    }

    /** x for x > 0, slope·x otherwise. */
    public Tensor leakyRelu(float slope) {
        return UnaryOps.leakyRelu(this, slope);
    }

    /** Hyperbolic tangent. */
    public Tensor tanh() {
        return UnaryOps.tanh(this);
    }

    /** Logistic sigmoid. */
    public Tensor sigmoid() {
        return UnaryOps.sigmoid(this);
    }

    /** log(1 + eˣ), computed without overflow. */
    public Tensor softplus() {
        return UnaryOps.softplus(this);
    }

    /** log σ(x) = −softplus(−x), stable for large |x|. */
    public Tensor logSigmoid() {
        return UnaryOps.softplus(this.neg()).neg();
    }

    // ---------------------------------------------------------------- reductions

    /** Sum of all elements, a scalar. */
    public Tensor sum() {
        return ReduceOps.sum(this, allAxes(), false);
    }

    /** Sum over the given axes. */
    public Tensor sum(int[] axes, boolean keepDims) {
        return ReduceOps.sum(this, axes, keepDims);
    }

    /** Mean of all elements, a scalar. */
    public Tensor mean() {
        return ReduceOps.sum(this, allAxes(), false).mul(1f / Math.max(1, size()));
    }

    /** Mean over the given axes. */
    public Tensor mean(int[] axes, boolean keepDims) {
        int count = 1;
        for (int a : axes) {
            count *= shape.dim(a);
        }
        return ReduceOps.sum(this, axes, keepDims).mul(1f / Math.max(1, count));
    }

    /** This tensor stretched to {@code target} by broadcasting. */
    public Tensor broadcastTo(Shape target) {
        return ReduceOps.broadcastTo(this, target);
    }

    /** Sums broadcast dimensions away so the result has shape {@code target} (the inverse of broadcasting). */
    public Tensor sumToShape(Shape target) {
        return ReduceOps.sumToShape(this, target);
    }

    private int[] allAxes() {
        int[] axes = new int[rank()];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i;
        }
        return axes;
    }

    // ---------------------------------------------------------------- linear algebra and shape

    /** Matrix product of two rank-2 tensors. */
    public Tensor matmul(Tensor other) {
        return MatMulOp.matmul(this, other, false, false);
    }

    /** Matrix product with either operand transposed, without copying it. */
    public Tensor matmul(Tensor other, boolean transposeThis, boolean transposeOther) {
        return MatMulOp.matmul(this, other, transposeThis, transposeOther);
    }

    /** The same values in a new shape; one dimension may be -1 and is then inferred. */
    public Tensor reshape(int... newShape) {
        return ShapeOps.reshape(this, newShape);
    }

    /** Reorders the axes: result dimension i is this tensor's dimension {@code order[i]}. */
    public Tensor permute(int... order) {
        return ShapeOps.permute(this, order);
    }

    /** Swaps two axes. */
    public Tensor transpose(int axisA, int axisB) {
        int[] order = allAxes();
        int a = shape.normaliseAxis(axisA);
        int b = shape.normaliseAxis(axisB);
        order[a] = b;
        order[b] = a;
        return ShapeOps.permute(this, order);
    }

    /** The elements with index in [start, end) along {@code axis}. */
    public Tensor slice(int axis, int start, int end) {
        return ShapeOps.slice(this, axis, start, end);
    }

    /** Rows picked by index along {@code axis} (an embedding lookup when axis is 0). */
    public Tensor indexSelect(int axis, int[] indices) {
        return ShapeOps.indexSelect(this, axis, indices);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Tensor").append(shape);
        if (node != null) {
            sb.append(" from ").append(node.op());
        } else if (requiresGrad) {
            sb.append(" requiresGrad");
        }
        sb.append(' ');
        int shown = Math.min(data.length, 8);
        sb.append('[');
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(data[i]);
        }
        return sb.append(data.length > shown ? ", ...]" : "]").toString();
    }
}
