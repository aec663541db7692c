package dev.gan4j.core.kernel;

/**
 * The test oracle: every op written as the plain loops of its definition, one thread,
 * accumulating in double. Slow and obviously right; fast backends are checked against it.
 */
public final class ReferenceKernelBackend implements KernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "reference";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int p = 0; p < k; p++) {
                    float av = transposeA ? a[aOffset + p * m + i] : a[aOffset + i * k + p];
                    float bv = transposeB ? b[bOffset + j * k + p] : b[bOffset + p * n + j];
                    acc += (double) av * bv;
                }
                c[cOffset + i * n + j] = (float) acc;
            }
        }
    }

    @Override
    public void conv2d(ConvGeometry g, float[] x, float[] w, float[] y) {
        int oh = g.outHeight();
        int ow = g.outWidth();
        for (int n = 0; n < g.batch(); n++) {
            for (int o = 0; o < g.outChannels(); o++) {
                for (int i = 0; i < oh; i++) {
                    for (int j = 0; j < ow; j++) {
                        double acc = 0;
                        for (int c = 0; c < g.inChannels(); c++) {
                            for (int p = 0; p < g.kernelHeight(); p++) {
                                int h = i * g.strideHeight() - g.padHeight() + p;
                                if (h < 0 || h >= g.inHeight()) {
                                    continue;
                                }
                                for (int q = 0; q < g.kernelWidth(); q++) {
                                    int v = j * g.strideWidth() - g.padWidth() + q;
                                    if (v >= 0 && v < g.inWidth()) {
                                        acc += (double) x[inputIndex(g, n, c, h, v)] * w[weightIndex(g, o, c, p, q)];
                                    }
                                }
                            }
                        }
                        y[((n * g.outChannels() + o) * oh + i) * ow + j] = (float) acc;
                    }
                }
            }
        }
    }

    @Override
    public void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        double[] acc = new double[g.inputSize()];
        forEachTap(g, (n, o, i, j, c, h, v, p, q) ->
                acc[inputIndex(g, n, c, h, v)] += (double) dy[outputIndex(g, n, o, i, j)] * w[weightIndex(g, o, c, p, q)]);
        for (int i = 0; i < acc.length; i++) {
            dx[i] = (float) acc[i];
        }
    }

    @Override
    public void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        double[] acc = new double[g.weightSize()];
        forEachTap(g, (n, o, i, j, c, h, v, p, q) ->
                acc[weightIndex(g, o, c, p, q)] += (double) dy[outputIndex(g, n, o, i, j)] * x[inputIndex(g, n, c, h, v)]);
        for (int i = 0; i < acc.length; i++) {
            dw[i] = (float) acc[i];
        }
    }

    /** One multiply of the convolution: output (n, o, i, j) reads input (n, c, h, v) through weight (o, c, p, q). */
    private interface Tap {
        void accept(int n, int o, int i, int j, int c, int h, int v, int p, int q);
    }

    private static void forEachTap(ConvGeometry g, Tap tap) {
        for (int n = 0; n < g.batch(); n++) {
            for (int o = 0; o < g.outChannels(); o++) {
                for (int i = 0; i < g.outHeight(); i++) {
                    for (int j = 0; j < g.outWidth(); j++) {
                        for (int c = 0; c < g.inChannels(); c++) {
                            for (int p = 0; p < g.kernelHeight(); p++) {
                                int h = i * g.strideHeight() - g.padHeight() + p;
                                for (int q = 0; q < g.kernelWidth(); q++) {
                                    int v = j * g.strideWidth() - g.padWidth() + q;
                                    if (h >= 0 && h < g.inHeight() && v >= 0 && v < g.inWidth()) {
                                        tap.accept(n, o, i, j, c, h, v, p, q);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static int inputIndex(ConvGeometry g, int n, int c, int h, int v) {
        return ((n * g.inChannels() + c) * g.inHeight() + h) * g.inWidth() + v;
    }

    private static int weightIndex(ConvGeometry g, int o, int c, int p, int q) {
        return ((o * g.inChannels() + c) * g.kernelHeight() + p) * g.kernelWidth() + q;
    }

    private static int outputIndex(ConvGeometry g, int n, int o, int i, int j) {
        return ((n * g.outChannels() + o) * g.outHeight() + i) * g.outWidth() + j;
    }
}
