package dev.gan4j.core.network;

import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.NetworkSizeEstimate.LayerSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A network traced on paper: the network types describe the layers they would build, in order, and
 * this follows the shape of one example through them, counting each layer's parameters (as the
 * engine's layers hold them) and output values. Nothing is allocated. Mutable; one per estimate.
 */
final class SizeSketch {
    private final List<LayerSize> layers = new ArrayList<>();
    private int[] shape;
    private int weighted;

    /** A sketch whose input is one example of {@code shape} ([D] or [C, H, W]). */
    SizeSketch(int... shape) {
        this.shape = shape.clone();
    }

    /** The shape of one example after the layers so far. */
    int[] shape() {
        return shape.clone();
    }

    /** Linear(in, out) with a bias, on a flat input. */
    SizeSketch linear(int in, int out) {
        shape = new int[] {out};
        return weighted("Linear " + in + "x" + out, (long) in * out + out, out);
    }

    /** An AxisMixing of {@code size} positions along one axis: a [size, size] matrix, the shape kept. */
    SizeSketch mixing(int size) {
        return weighted("AxisMixing " + size + "x" + size, (long) size * size, values());
    }

    /**
     * A SymmetryMixing of images of the current shape: one weight per symmetry, the shape kept; in
     * the graph, each symmetry's image, its weighted copy and the running sum (about 3 images each).
     */
    SizeSketch symmetries() {
        int count = SymmetryMixing.symmetryCount(shape[1], shape[2]);
        return weighted("SymmetryMixing " + count, count, 3L * count * values());
    }

    /** Conv2d with a square kernel. */
    SizeSketch conv(int in, int out, int kernel, int stride, int padding, boolean bias) {
        int h = (shape[1] + 2 * padding - kernel) / stride + 1;
        int w = (shape[2] + 2 * padding - kernel) / stride + 1;
        shape = new int[] {out, h, w};
        return weighted("Conv2d " + in + "→" + out + " " + kernel + "x" + kernel,
                (long) out * in * kernel * kernel + (bias ? out : 0), values());
    }

    /** ConvTranspose2d with a square kernel. */
    SizeSketch convTranspose(int in, int out, int kernel, int stride, int padding, int outputPadding, boolean bias) {
        int h = (shape[1] - 1) * stride - 2 * padding + kernel + outputPadding;
        int w = (shape[2] - 1) * stride - 2 * padding + kernel + outputPadding;
        shape = new int[] {out, h, w};
        return weighted("ConvTranspose2d " + in + "→" + out + " " + kernel + "x" + kernel,
                (long) in * out * kernel * kernel + (bias ? out : 0), values());
    }

    /** An affine batch norm over the channels (the first axis). */
    SizeSketch batchNorm() {
        return add("BatchNorm " + shape[0], 2L * shape[0], values());
    }

    /** The norm a translation network chose (instance norm has no parameters). */
    SizeSketch norm(ImageNorm norm) {
        return norm == ImageNorm.BATCH ? batchNorm() : add("InstanceNorm2d " + shape[0], 0, values());
    }

    /** An elementwise activation (ReLU, LeakyReLU, Tanh), a residual sum or a copy of the same shape. */
    SizeSketch pointwise(String what) {
        return add(what, 0, values());
    }

    /** Reflection padding on both sides of height and width. */
    SizeSketch pad(int padding) {
        shape = new int[] {shape[0], shape[1] + 2 * padding, shape[2] + 2 * padding};
        return add("ReflectionPad2d " + padding, 0, values());
    }

    /** A reshape or flatten: a view, no new values. */
    SizeSketch reshape(int... newShape) {
        shape = newShape.clone();
        return this;
    }

    /** Flattens [C, H, W] to [C·H·W]. */
    SizeSketch flatten() {
        return reshape(Math.toIntExact(values()));
    }

    /** A ResidualBlock: pad, 3×3 conv, norm, ReLU, pad, 3×3 conv, norm, then the sum with its input. */
    SizeSketch residualBlock(ImageNorm norm, boolean convBias) {
        int channels = shape[0];
        SizeSketch block = new SizeSketch(shape).pad(1).conv(channels, channels, 3, 1, 0, convBias).norm(norm)
                .pointwise("ReLU").pad(1).conv(channels, channels, 3, 1, 0, convBias).norm(norm).pointwise("sum");
        NetworkSizeEstimate e = block.estimate();
        return weighted("ResidualBlock " + channels, e.parameters(), e.activationsPerExample());
    }

    /**
     * {@code inner}'s layers, then the concatenation of their output with this sketch's input along
     * the channels (a U-Net skip); {@code inner} is a {@link #branch()} of this sketch.
     */
    SizeSketch concatSkip(SizeSketch inner) {
        int channels = shape[0];
        for (LayerSize l : inner.layers) {
            add(l.layer(), l.parameters(), l.activationsPerExample());
        }
        weighted = inner.weighted;
        shape = new int[] {channels + inner.shape[0], inner.shape[1], inner.shape[2]};
        return add("concatenation", 0, values());
    }

    /** A sketch that starts where this one is, for a part built on its own (a U-Net level). */
    SizeSketch branch() {
        SizeSketch branch = new SizeSketch(shape);
        branch.weighted = weighted;
        return branch;
    }

    /** The layers so far. */
    NetworkSizeEstimate estimate() {
        return new NetworkSizeEstimate(layers);
    }

    private long values() {
        return Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
    }

    private SizeSketch weighted(String what, long parameters, long activations) {
        weighted++;
        return add("layer " + weighted + " (" + what + ")", parameters, activations);
    }

    private SizeSketch add(String what, long parameters, long activations) {
        layers.add(new LayerSize(what, parameters, activations));
        return this;
    }
}
