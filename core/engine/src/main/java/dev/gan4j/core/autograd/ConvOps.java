package dev.gan4j.core.autograd;

import dev.gan4j.core.kernel.ConvGeometry;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;

/**
 * 2-D convolution, transposed convolution, and the convolution's weight gradient. The three
 * are bilinear and each one's backward rule is made of the other two, so gradients of any order
 * flow through them (a gradient penalty on a convolutional critic needs the second).
 */
public final class ConvOps {
    private ConvOps() {
    }

    /**
     * Cross-correlation of x [N,C,H,W] with w [O,C,kh,kw], zero padding, giving [N,O,Ho,Wo].
     */
    public static Tensor conv2d(Tensor x, Tensor w, int strideH, int strideW, int padH, int padW) {
        if (x.rank() != 4 || w.rank() != 4 || x.dim(1) != w.dim(1)) {
            throw new IllegalArgumentException("conv2d needs an input [N,C,H,W] and a weight [O,C,kh,kw] with the same C, "
                    + "but got input " + x.shape() + " and weight " + w.shape() + ".");
        }
        ConvGeometry g = new ConvGeometry(x.dim(0), x.dim(1), x.dim(2), x.dim(3), w.dim(0), w.dim(2), w.dim(3),
                strideH, strideW, padH, padW);
        float[] y = new float[g.outputSize()];
        Kernels.current().conv2d(g, x.data(), w.data(), y);
        return GradNode.result("conv2d", y, Shape.of(g.batch(), g.outChannels(), g.outHeight(), g.outWidth()),
                (dy, out, needed) -> new Tensor[] {
                    needed[0] ? inputGrad(dy, w, g) : null,
                    needed[1] ? weightGrad(x, dy, g) : null}, x, w);
    }

    /**
     * Transposed convolution of x [N,Cin,H,W] with w [Cin,Cout,kh,kw], giving [N,Cout,Ho,Wo] with
     * Ho = (H − 1)·strideH − 2·padH + kh + outPadH. It is the input gradient of a convolution.
     */
    public static Tensor convTranspose2d(Tensor x, Tensor w, int strideH, int strideW, int padH, int padW,
                                         int outPadH, int outPadW) {
        if (x.rank() != 4 || w.rank() != 4 || x.dim(1) != w.dim(0)) {
            throw new IllegalArgumentException("convTranspose2d needs an input [N,Cin,H,W] and a weight [Cin,Cout,kh,kw] "
                    + "with the same Cin, but got input " + x.shape() + " and weight " + w.shape() + ".");
        }
        if (outPadH >= strideH || outPadW >= strideW || outPadH < 0 || outPadW < 0) {
            throw new IllegalArgumentException("The output padding " + outPadH + "x" + outPadW
                    + " of convTranspose2d must be non-negative and smaller than the stride " + strideH + "x" + strideW + ".");
        }
        int outH = (x.dim(2) - 1) * strideH - 2 * padH + w.dim(2) + outPadH;
        int outW = (x.dim(3) - 1) * strideW - 2 * padW + w.dim(3) + outPadW;
        if (outH < 1 || outW < 1) {
            // ConvGeometry would accept a height of 0 or -1 here and the output array would be empty or negative
            throw new IllegalArgumentException("convTranspose2d of input " + x.shape() + " with kernel " + w.dim(2) + "x"
                    + w.dim(3) + ", stride " + strideH + "x" + strideW + " and padding " + padH + "x" + padW
                    + " gives an output of " + outH + "x" + outW + "; reduce the padding to get at least 1x1.");
        }
        ConvGeometry g = new ConvGeometry(x.dim(0), w.dim(1), outH, outW, w.dim(0), w.dim(2), w.dim(3),
                strideH, strideW, padH, padW);
        if (g.outHeight() != x.dim(2) || g.outWidth() != x.dim(3)) {
            throw new IllegalArgumentException("convTranspose2d of input " + x.shape() + " with kernel " + w.dim(2) + "x"
                    + w.dim(3) + ", stride " + strideH + "x" + strideW + " and padding " + padH + "x" + padW
                    + " gives an empty or inconsistent output; check the padding.");
        }
        return inputGrad(x, w, g);
    }

    /** The input gradient of the convolution {@code g}: dy [N,O,Ho,Wo], w [O,C,kh,kw] → [N,C,H,W]. */
    static Tensor inputGrad(Tensor dy, Tensor w, ConvGeometry g) {
        float[] dx = new float[g.inputSize()];
        Kernels.current().conv2dInputGrad(g, dy.data(), w.data(), dx);
        return GradNode.result("convTranspose2d", dx, Shape.of(g.batch(), g.inChannels(), g.inHeight(), g.inWidth()),
                (gx, out, needed) -> new Tensor[] {
                    needed[0] ? conv2d(gx, w, g.strideHeight(), g.strideWidth(), g.padHeight(), g.padWidth()) : null,
                    needed[1] ? weightGrad(gx, dy, g) : null}, dy, w);
    }

    /** The weight gradient of the convolution {@code g}: x [N,C,H,W], dy [N,O,Ho,Wo] → [O,C,kh,kw]. */
    static Tensor weightGrad(Tensor x, Tensor dy, ConvGeometry g) {
        float[] dw = new float[g.weightSize()];
        Kernels.current().conv2dWeightGrad(g, x.data(), dy.data(), dw);
        return GradNode.result("conv2dWeightGrad", dw,
                Shape.of(g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth()),
                (gw, out, needed) -> new Tensor[] {
                    needed[0] ? inputGrad(dy, gw, g) : null,
                    needed[1] ? conv2d(x, gw, g.strideHeight(), g.strideWidth(), g.padHeight(), g.padWidth()) : null},
                x, dy);
    }
}
