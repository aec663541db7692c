package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.kernel.ConvGeometry;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.kernel.ReferenceKernelBackend;
import dev.gan4j.core.tensor.Tensor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forward values of conv2d, convTranspose2d and the weight gradient against direct loops written
 * here, with the default kernel backend and with the reference backend installed on the thread.
 */
class ConvolutionValueTest {

    static Stream<Arguments> geometries() {
        int[][] cases = {
            // n, c, h, w, o, kh, kw, sh, sw, ph, pw
            {2, 3, 5, 5, 2, 3, 3, 1, 1, 0, 0},
            {1, 2, 7, 6, 3, 3, 3, 2, 2, 1, 1},
            {2, 2, 8, 7, 2, 4, 2, 3, 2, 2, 1},
            {1, 1, 6, 9, 2, 1, 3, 2, 3, 2, 0},
            {1, 3, 4, 4, 4, 1, 1, 1, 1, 0, 0},
        };
        Stream.Builder<Arguments> all = Stream.builder();
        for (int[] c : cases) {
            all.add(Arguments.of(new ConvGeometry(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]),
                    "default"));
            all.add(Arguments.of(new ConvGeometry(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]),
                    ReferenceKernelBackend.NAME));
        }
        return all.build();
    }

    private static <T> T withBackend(String backend, Supplier<T> body) {
        if (backend.equals("default")) {
            return body.get();
        }
        KernelBackend reference = new ReferenceKernelBackend();
        try (Kernels.Scope ignored = Kernels.use(reference)) {
            return body.get();
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("geometries")
    void conv2dAgreesWithDirectLoops(ConvGeometry g, String backend) {
        Tensor x = gaussian(1, g.batch(), g.inChannels(), g.inHeight(), g.inWidth());
        Tensor w = gaussian(2, g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth());
        Tensor y = withBackend(backend, () -> ConvOps.conv2d(x, w, g.strideHeight(), g.strideWidth(),
                g.padHeight(), g.padWidth()));
        assertThat(y.dims()).containsExactly(g.batch(), g.outChannels(), g.outHeight(), g.outWidth());
        assertClose(y, directConv(x, w, g));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("geometries")
    void convTranspose2dAgreesWithDirectLoops(ConvGeometry g, String backend) {
        // the transposed convolution maps g's output shape back to its input shape
        Tensor x = gaussian(3, g.batch(), g.outChannels(), g.outHeight(), g.outWidth());
        Tensor w = gaussian(4, g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth());
        int outPadH = g.inHeight() - ((g.outHeight() - 1) * g.strideHeight() - 2 * g.padHeight() + g.kernelHeight());
        int outPadW = g.inWidth() - ((g.outWidth() - 1) * g.strideWidth() - 2 * g.padWidth() + g.kernelWidth());
        Tensor y = withBackend(backend, () -> ConvOps.convTranspose2d(x, w, g.strideHeight(), g.strideWidth(),
                g.padHeight(), g.padWidth(), outPadH, outPadW));
        assertThat(y.dims()).containsExactly(g.batch(), g.inChannels(), g.inHeight(), g.inWidth());
        assertClose(y, directTransposedConv(x, w, g));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("geometries")
    void weightGradientAgreesWithDirectLoops(ConvGeometry g, String backend) {
        Tensor x = gaussian(5, g.batch(), g.inChannels(), g.inHeight(), g.inWidth());
        Tensor dy = gaussian(6, g.batch(), g.outChannels(), g.outHeight(), g.outWidth());
        Tensor dw = withBackend(backend, () -> ConvOps.weightGrad(x, dy, g));
        assertThat(dw.dims()).containsExactly(g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth());
        assertClose(dw, directWeightGradient(x, dy, g));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("geometries")
    void convTranspose2dIsTheAdjointOfConv2d(ConvGeometry g, String backend) {
        Tensor x = gaussian(7, g.batch(), g.inChannels(), g.inHeight(), g.inWidth());
        Tensor w = gaussian(8, g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth());
        Tensor y = gaussian(9, g.batch(), g.outChannels(), g.outHeight(), g.outWidth());
        double lhs = withBackend(backend, () -> ConvOps.conv2d(x, w, g.strideHeight(), g.strideWidth(),
                g.padHeight(), g.padWidth()).mul(y).sum()).item();
        double rhs = withBackend(backend, () -> ConvOps.inputGrad(y, w, g).mul(x).sum()).item();
        assertThat(lhs).isCloseTo(rhs, within(1e-4 * Math.max(1, Math.abs(lhs))));
    }

    @Test
    void conv2dOfASmallImageAgreesWithHandValues() {
        Tensor x = SampleTensors.counting(1, 1, 3, 3); // [[0,1,2],[3,4,5],[6,7,8]]
        Tensor w = Tensor.of(new float[] {1, 0, 0, -1}, 1, 1, 2, 2);
        assertThat(ConvOps.conv2d(x, w, 1, 1, 0, 0).toArray()).containsExactly(-4, -4, -4, -4);
        // padding 1, stride 2: output (i, j) is x[2i−1, 2j−1] − x[2i, 2j], with x = 0 in the padding
        assertThat(ConvOps.conv2d(x, w, 2, 2, 1, 1).toArray()).containsExactly(0, -2, -6, 4 - 8);
    }

    private static void assertClose(Tensor actual, double[] expected) {
        float[] a = actual.toArray();
        assertThat(a).hasSize(expected.length);
        for (int i = 0; i < a.length; i++) {
            assertThat((double) a[i]).as("element %d", i).isCloseTo(expected[i], within(1e-4 * Math.max(1, Math.abs(expected[i]))));
        }
    }

    private static double[] directConv(Tensor x, Tensor w, ConvGeometry g) {
        double[] y = new double[g.outputSize()];
        int k = 0;
        for (int n = 0; n < g.batch(); n++) {
            for (int o = 0; o < g.outChannels(); o++) {
                for (int i = 0; i < g.outHeight(); i++) {
                    for (int j = 0; j < g.outWidth(); j++) {
                        double acc = 0;
                        for (int c = 0; c < g.inChannels(); c++) {
                            for (int a = 0; a < g.kernelHeight(); a++) {
                                for (int b = 0; b < g.kernelWidth(); b++) {
                                    acc += pixel(x, n, c, i * g.strideHeight() - g.padHeight() + a,
                                            j * g.strideWidth() - g.padWidth() + b) * w.get(o, c, a, b);
                                }
                            }
                        }
                        y[k++] = acc;
                    }
                }
            }
        }
        return y;
    }

    /** Each input pixel of the transposed convolution scatters its kernel-weighted value into the output. */
    private static double[] directTransposedConv(Tensor x, Tensor w, ConvGeometry g) {
        int h = g.inHeight();
        int wd = g.inWidth();
        double[] y = new double[g.batch() * g.inChannels() * h * wd];
        for (int n = 0; n < g.batch(); n++) {
            for (int ci = 0; ci < g.outChannels(); ci++) {
                for (int i = 0; i < x.dim(2); i++) {
                    for (int j = 0; j < x.dim(3); j++) {
                        for (int co = 0; co < g.inChannels(); co++) {
                            for (int a = 0; a < g.kernelHeight(); a++) {
                                for (int b = 0; b < g.kernelWidth(); b++) {
                                    int r = i * g.strideHeight() - g.padHeight() + a;
                                    int s = j * g.strideWidth() - g.padWidth() + b;
                                    if (r >= 0 && r < h && s >= 0 && s < wd) {
                                        y[((n * g.inChannels() + co) * h + r) * wd + s] +=
                                                x.get(n, ci, i, j) * (double) w.get(ci, co, a, b);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }

    private static double[] directWeightGradient(Tensor x, Tensor dy, ConvGeometry g) {
        double[] dw = new double[g.weightSize()];
        int k = 0;
        for (int o = 0; o < g.outChannels(); o++) {
            for (int c = 0; c < g.inChannels(); c++) {
                for (int a = 0; a < g.kernelHeight(); a++) {
                    for (int b = 0; b < g.kernelWidth(); b++) {
                        double acc = 0;
                        for (int n = 0; n < g.batch(); n++) {
                            for (int i = 0; i < g.outHeight(); i++) {
                                for (int j = 0; j < g.outWidth(); j++) {
                                    acc += pixel(x, n, c, i * g.strideHeight() - g.padHeight() + a,
                                            j * g.strideWidth() - g.padWidth() + b) * dy.get(n, o, i, j);
                                }
                            }
                        }
                        dw[k++] = acc;
                    }
                }
            }
        }
        return dw;
    }

    /** The input pixel, or 0 in the zero padding. */
    private static double pixel(Tensor x, int n, int c, int h, int w) {
        return h < 0 || h >= x.dim(2) || w < 0 || w >= x.dim(3) ? 0 : x.get(n, c, h, w);
    }
}
