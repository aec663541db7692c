package dev.gan4j.core.kernel;

/**
 * The sizes of one 2-D convolution y = conv(x, w): input x is [batch, inChannels, inHeight, inWidth],
 * weight w is [outChannels, inChannels, kernelHeight, kernelWidth], output y is
 * [batch, outChannels, outHeight, outWidth]. Zero padding is symmetric per dimension.
 *
 * <p>A transposed convolution is described by the geometry of the convolution it is the
 * adjoint of: its input is that convolution's output.
 */
public record ConvGeometry(int batch, int inChannels, int inHeight, int inWidth, int outChannels,
                           int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
                           int padHeight, int padWidth) {

    /** Checks that every size is positive and the output is not empty. */
    public ConvGeometry {
        if (batch < 0 || inChannels <= 0 || outChannels <= 0 || kernelHeight <= 0 || kernelWidth <= 0
                || strideHeight <= 0 || strideWidth <= 0 || padHeight < 0 || padWidth < 0) {
            throw new IllegalArgumentException("Invalid convolution geometry " + describe(batch, inChannels, inHeight,
                    inWidth, outChannels, kernelHeight, kernelWidth, strideHeight, strideWidth, padHeight, padWidth)
                    + ": channels, kernel sizes and strides must be positive and paddings non-negative.");
        }
        if (inHeight + 2 * padHeight < kernelHeight || inWidth + 2 * padWidth < kernelWidth) {
            throw new IllegalArgumentException("The padded input " + inHeight + "x" + inWidth + " (padding "
                    + padHeight + "x" + padWidth + ") is smaller than the kernel " + kernelHeight + "x" + kernelWidth
                    + "; use a smaller kernel or more padding.");
        }
    }

    /** Output height: (inHeight + 2·padHeight − kernelHeight) / strideHeight + 1. */
    public int outHeight() {
        return (inHeight + 2 * padHeight - kernelHeight) / strideHeight + 1;
    }

    /** Output width: (inWidth + 2·padWidth − kernelWidth) / strideWidth + 1. */
    public int outWidth() {
        return (inWidth + 2 * padWidth - kernelWidth) / strideWidth + 1;
    }

    /** Elements of the input. */
    public int inputSize() {
        return batch * inChannels * inHeight * inWidth;
    }

    /** Elements of the weight. */
    public int weightSize() {
        return outChannels * inChannels * kernelHeight * kernelWidth;
    }

    /** Elements of the output. */
    public int outputSize() {
        return batch * outChannels * outHeight() * outWidth();
    }

    /** Multiply-adds of one pass (forward, or either gradient): the same count for all three. */
    public long multiplyAdds() {
        return (long) batch * outChannels * outHeight() * outWidth() * inChannels * kernelHeight * kernelWidth;
    }

    /** The same convolution for a batch of {@code items} items: a slice of this one's batch. */
    public ConvGeometry withBatch(int items) {
        return new ConvGeometry(items, inChannels, inHeight, inWidth, outChannels, kernelHeight, kernelWidth,
                strideHeight, strideWidth, padHeight, padWidth);
    }

    /** The same convolution with {@code in} input and {@code out} output channels: a slice of this one's channels. */
    public ConvGeometry withChannels(int in, int out) {
        return new ConvGeometry(batch, in, inHeight, inWidth, out, kernelHeight, kernelWidth, strideHeight, strideWidth,
                padHeight, padWidth);
    }

    private static String describe(int... v) {
        return "[batch " + v[0] + ", in " + v[1] + "x" + v[2] + "x" + v[3] + ", out channels " + v[4]
                + ", kernel " + v[5] + "x" + v[6] + ", stride " + v[7] + "x" + v[8] + ", padding " + v[9] + "x" + v[10] + "]";
    }
}
