package dev.gan4j.core.autograd;

import static dev.gan4j.core.autograd.SampleTensors.gaussian;

import dev.gan4j.core.kernel.ConvGeometry;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finite-difference gradient checks of the three convolution ops (conv2d, convTranspose2d and the
 * weight gradient) over strides 1 to 3, paddings 0 to 2, non-square kernels and odd sizes,
 * including geometries where the stride does not divide the padded input.
 */
class ConvolutionGradientTest {

    @ParameterizedTest(name = "x [{0},{1},{2},{3}], w [{4},{1},{5},{6}], stride {7}x{8}, pad {9}x{10}")
    @CsvSource({
        // n, c, h, w, o, kh, kw, sh, sw, ph, pw
        "2, 2, 5, 5, 3, 3, 3, 1, 1, 0, 0",
        "1, 3, 6, 5, 2, 3, 3, 1, 1, 1, 1",
        "2, 1, 7, 7, 2, 3, 3, 2, 2, 1, 1",
        "1, 2, 7, 6, 2, 4, 4, 2, 2, 1, 1",
        "1, 2, 8, 7, 3, 3, 2, 3, 3, 2, 2",
        "2, 2, 5, 7, 2, 2, 3, 1, 2, 0, 1",
        "1, 1, 6, 9, 2, 1, 3, 2, 3, 2, 0",
        "1, 2, 5, 5, 1, 5, 5, 1, 1, 2, 2",
        "1, 2, 3, 3, 2, 1, 1, 1, 1, 0, 0",
    })
    void conv2dMatchesFiniteDifferences(int n, int c, int h, int w, int o, int kh, int kw,
                                        int sh, int sw, int ph, int pw) {
        GradientCheck.standard().check(in -> ConvOps.conv2d(in.get(0), in.get(1), sh, sw, ph, pw),
                gaussian(1, n, c, h, w), gaussian(2, o, c, kh, kw));
    }

    @ParameterizedTest(name = "x [{0},{1},{2},{3}], w [{1},{4},{5},{6}], stride {7}x{8}, pad {9}x{10}, outPad {11}x{12}")
    @CsvSource({
        // n, cin, h, w, cout, kh, kw, sh, sw, ph, pw, oph, opw
        "2, 2, 3, 3, 3, 3, 3, 1, 1, 0, 0, 0, 0",
        "1, 3, 4, 3, 2, 4, 4, 2, 2, 1, 1, 0, 0",
        "1, 2, 3, 4, 2, 3, 3, 2, 2, 1, 1, 1, 1",
        "1, 2, 3, 3, 2, 3, 2, 3, 2, 2, 0, 2, 1",
        "2, 1, 2, 3, 2, 2, 3, 2, 1, 0, 1, 1, 0",
        "1, 2, 5, 5, 1, 5, 5, 1, 1, 2, 2, 0, 0",
    })
    void convTranspose2dMatchesFiniteDifferences(int n, int cin, int h, int w, int cout, int kh, int kw,
                                                 int sh, int sw, int ph, int pw, int oph, int opw) {
        GradientCheck.standard().check(in -> ConvOps.convTranspose2d(in.get(0), in.get(1), sh, sw, ph, pw, oph, opw),
                gaussian(3, n, cin, h, w), gaussian(4, cin, cout, kh, kw));
    }

    @ParameterizedTest(name = "x [{0},{1},{2},{3}], w [{4},{1},{5},{6}], stride {7}x{8}, pad {9}x{10}")
    @CsvSource({
        "2, 2, 5, 5, 3, 3, 3, 1, 1, 0, 0",
        "1, 2, 7, 6, 2, 4, 4, 2, 2, 1, 1",
        "1, 2, 8, 7, 3, 3, 2, 3, 3, 2, 2",
        "2, 1, 5, 7, 2, 2, 3, 1, 2, 0, 1",
    })
    void convWeightGradientOpMatchesFiniteDifferences(int n, int c, int h, int w, int o, int kh, int kw,
                                                      int sh, int sw, int ph, int pw) {
        ConvGeometry g = new ConvGeometry(n, c, h, w, o, kh, kw, sh, sw, ph, pw);
        GradientCheck.standard().check(in -> ConvOps.weightGrad(in.get(0), in.get(1), g),
                gaussian(5, n, c, h, w), gaussian(6, n, o, g.outHeight(), g.outWidth()));
    }

    @ParameterizedTest(name = "stride {0}, pad {1}")
    @CsvSource({"1, 1", "2, 1", "2, 0"})
    void convolutionFollowedByNonlinearityMatchesFiniteDifferences(int stride, int pad) {
        GradientCheck.standard().check(
                in -> ConvOps.conv2d(in.get(0), in.get(1), stride, stride, pad, pad).add(in.get(2)).tanh(),
                gaussian(7, 2, 2, 5, 5).mul(0.5f), gaussian(8, 2, 2, 3, 3).mul(0.5f), gaussian(9, 1, 2, 1, 1));
    }
}
