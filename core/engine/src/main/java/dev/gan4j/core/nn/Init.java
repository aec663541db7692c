package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;

/**
 * How a tensor gets its initial values: overwrites the tensor's backing array with values drawn
 * from an {@link Rng}, so the same seed gives the same weights, bit for bit.
 *
 * <p>Fans follow PyTorch's rule, so that weights drawn here match the statistics of PyTorch's:
 * for a tensor of shape [d0, d1, k...] the receptive field is the product of k..., fan-in is
 * d1 × receptive field and fan-out is d0 × receptive field. (For a transposed convolution's
 * weight [Cin, Cout, kh, kw] that makes fan-in Cout·kh·kw, exactly as PyTorch computes it.)
 */
@FunctionalInterface
public interface Init {
    /** Overwrites every element of {@code tensor} with a value drawn from {@code rng}. */
    void fill(Tensor tensor, Rng rng);

    /** Which fan a fan-scaled initialiser divides by. */
    enum FanMode {
        /** Preserves the variance of activations in the forward pass. */
        FAN_IN,
        /** Preserves the variance of gradients in the backward pass. */
        FAN_OUT
    }

    /** Every element {@code value}; draws nothing from the generator. */
    static Init constant(float value) {
        return (tensor, rng) -> java.util.Arrays.fill(tensor.data(), value);
    }

    /** Every element zero. */
    static Init zeros() {
        return constant(0f);
    }

    /** Normal samples with the given mean and standard deviation; DCGAN uses {@code normal(0, 0.02)}. */
    static Init normal(double mean, double std) {
        if (!(std >= 0) || !Double.isFinite(mean) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("A normal initialiser needs a finite mean and a finite, non-negative "
                    + "standard deviation, but got mean " + mean + " and std " + std + ".");
        }
        return (tensor, rng) -> rng.fillGaussian(tensor.data(), mean, std);
    }

    /** Uniform samples in [low, high). */
    static Init uniform(double low, double high) {
        if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("A uniform initialiser needs finite bounds with low <= high, but got ["
                    + low + ", " + high + ").");
        }
        return (tensor, rng) -> rng.fillUniform(tensor.data(), low, high);
    }

    /** Glorot and Bengio's uniform initialiser: U(−b, b) with b = gain·√(6 / (fanIn + fanOut)). */
    static Init xavierUniform(double gain) {
        return (tensor, rng) -> {
            double bound = gain * Math.sqrt(6.0 / (fanIn(tensor.shape()) + fanOut(tensor.shape())));
            rng.fillUniform(tensor.data(), -bound, bound);
        };
    }

    /** Glorot and Bengio's normal initialiser: N(0, σ²) with σ = gain·√(2 / (fanIn + fanOut)). */
    static Init xavierNormal(double gain) {
        return (tensor, rng) -> {
            double std = gain * Math.sqrt(2.0 / (fanIn(tensor.shape()) + fanOut(tensor.shape())));
            rng.fillGaussian(tensor.data(), 0, std);
        };
    }

    /**
     * He et al.'s uniform initialiser for a layer followed by a leaky rectifier of slope
     * {@code negativeSlope} (0 for relu): U(−b, b) with b = √3 · gain / √fan and
     * gain = √(2 / (1 + slope²)).
     */
    static Init kaimingUniform(FanMode mode, double negativeSlope) {
        return (tensor, rng) -> {
            double bound = Math.sqrt(3.0) * leakyReluGain(negativeSlope) / Math.sqrt(fan(tensor.shape(), mode));
            rng.fillUniform(tensor.data(), -bound, bound);
        };
    }

    /** He et al.'s normal initialiser: N(0, σ²) with σ = gain / √fan, gain as in {@link #kaimingUniform}. */
    static Init kaimingNormal(FanMode mode, double negativeSlope) {
        return (tensor, rng) -> {
            double std = leakyReluGain(negativeSlope) / Math.sqrt(fan(tensor.shape(), mode));
            rng.fillGaussian(tensor.data(), 0, std);
        };
    }

    /**
     * PyTorch's default for the weights of Linear, Conv2d and ConvTranspose2d: Kaiming uniform
     * with a = √5 over fan-in, which is U(−1/√fanIn, 1/√fanIn).
     */
    static Init pytorchDefaultWeight() {
        return kaimingUniform(FanMode.FAN_IN, Math.sqrt(5.0));
    }

    /** PyTorch's default for the bias of a layer whose weight has shape {@code weightShape}: U(±1/√fanIn). */
    static Init pytorchDefaultBias(Shape weightShape) {
        int fanIn = fanIn(weightShape);
        double bound = fanIn > 0 ? 1.0 / Math.sqrt(fanIn) : 0.0;
        return uniform(-bound, bound);
    }

    /** The gain that keeps the variance through a leaky rectifier: √(2 / (1 + slope²)); √2 for relu. */
    static double leakyReluGain(double negativeSlope) {
        return Math.sqrt(2.0 / (1.0 + negativeSlope * negativeSlope));
    }

    /** Fan-in of a weight of this shape: dimension 1 times the receptive field. */
    static int fanIn(Shape shape) {
        requireMatrixOrMore(shape);
        return shape.dim(1) * receptiveField(shape);
    }

    /** Fan-out of a weight of this shape: dimension 0 times the receptive field. */
    static int fanOut(Shape shape) {
        requireMatrixOrMore(shape);
        return shape.dim(0) * receptiveField(shape);
    }

    private static int fan(Shape shape, FanMode mode) {
        int fan = mode == FanMode.FAN_IN ? fanIn(shape) : fanOut(shape);
        if (fan == 0) {
            throw new IllegalArgumentException("The " + mode + " of a tensor of shape " + shape
                    + " is zero, so a fan-scaled initialiser cannot be used on it.");
        }
        return fan;
    }

    private static int receptiveField(Shape shape) {
        int field = 1;
        for (int d = 2; d < shape.rank(); d++) {
            field *= shape.dim(d);
        }
        return field;
    }

    private static void requireMatrixOrMore(Shape shape) {
        if (shape.rank() < 2) {
            throw new IllegalArgumentException("Fan-in and fan-out need a weight of rank 2 or more, but the shape is "
                    + shape + "; initialise biases and vectors with uniform, normal or constant instead.");
        }
    }
}
