package dev.gan4j.core.spi;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * A network in the translator role: images of one domain [N, C, H, W] to images of another
 * [N, C', H, W] in [−1, 1] (CycleGAN's G: X → Y).
 *
 * @param network     the layers
 * @param inputShape  the shape of one input image, [C, H, W]
 * @param outputShape the shape of one output image, [C', H, W]
 */
public record Translator(Layer network, int[] inputShape, int[] outputShape) {
    /** Copies the shapes so the record stays immutable. */
    public Translator {
        inputShape = inputShape.clone();
        outputShape = outputShape.clone();
    }

    /** The shape of one input image (a copy). */
    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The shape of one output image (a copy). */
    @Override
    public int[] outputShape() {
        return outputShape.clone();
    }

    /**
     * The translation of {@code x}, recording the graph when gradients are recorded.
     *
     * @throws IllegalArgumentException naming both shapes when {@code x} is not [N, ...inputShape]
     */
    public Tensor translate(Tensor x) {
        int[] dims = x.dims();
        if (dims.length != inputShape.length + 1 || !Arrays.equals(Arrays.copyOfRange(dims, 1, dims.length), inputShape)) {
            throw new IllegalArgumentException("The translator takes images of shape [N, "
                    + Arrays.toString(inputShape).replaceAll("[\\[\\]]", "") + "], but got " + x.shape() + ".");
        }
        return network.forward(x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translator t && t.network == network && Arrays.equals(t.inputShape, inputShape)
                && Arrays.equals(t.outputShape, outputShape);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(network) * 31 + Arrays.hashCode(inputShape) * 7 + Arrays.hashCode(outputShape);
    }

    @Override
    public String toString() {
        return "Translator" + Arrays.toString(inputShape) + " -> " + Arrays.toString(outputShape);
    }
}
