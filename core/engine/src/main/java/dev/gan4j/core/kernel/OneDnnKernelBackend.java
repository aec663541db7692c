package dev.gan4j.core.kernel;

/**
 * The oneDNN backend, name {@value #NAME}: the convolutions as oneDNN's JIT-compiled direct
 * convolutions ({@link OneDnnConvolution}), the GEMMs and the engine's elementwise threads those of
 * the openblas backend (or of the java backend where OpenBLAS does not load). Convolution passes that
 * oneDNN runs slowly (one input channel for the input gradient, one output channel) go to that
 * backend's im2col path too.
 *
 * <p>Threads. The convolutions cut the batch by items over the GEMM backend's {@link WorkerPool}, oneDNN
 * running single-threaded in each part (see {@link OneDnnConvolution}); the cut depends on the thread
 * count alone, so the same inputs and thread count give the same bits.
 *
 * <p>Measured on the 2-core Zen 5 development machine (two threads, reorders and copies included):
 * the DCGAN discriminator's 64→128 convolution (batch 64) 2.5–2.8 ms a pass against 5.5–6.9 ms for
 * im2col + OpenBLAS, CycleGAN's residual 3x3 convolutions about three times faster.
 */
public final class OneDnnKernelBackend implements KernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "onednn";

    private final KernelBackend gemms;
    private final OneDnnConvolution convolution;
    private final String version;

    /**
     * A backend that uses {@code threads} threads.
     *
     * @throws KernelUnavailableException when oneDNN 2 does not load (the message says how to install it)
     * @throws IllegalArgumentException   when {@code threads} is below 1
     */
    public OneDnnKernelBackend(int threads) {
        this(OneDnnLibrary.load(), gemmBackend(threads), threads);
    }

    OneDnnKernelBackend(OneDnnLibrary library, KernelBackend gemms, int threads) {
        if (gemms.threads() != threads) {
            throw new IllegalArgumentException("The GEMM backend " + gemms + " runs " + gemms.threads()
                    + " threads, but the onednn backend was asked for " + threads + "; pass one with as many.");
        }
        this.gemms = gemms;
        this.convolution = new OneDnnConvolution(library, gemms.workers());
        this.version = library.version();
    }

    /** OpenBLAS's GEMMs where it loads, else the pure-Java ones. */
    private static KernelBackend gemmBackend(int threads) {
        try {
            return new OpenBlasKernelBackend(threads);
        } catch (KernelUnavailableException e) {
            return new JavaKernelBackend(threads);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int threads() {
        return gemms.threads();
    }

    /** The GEMM backend's pool: the engine's elementwise loops share its threads. */
    @Override
    public WorkerPool workers() {
        return gemms.workers();
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        gemms.gemm(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
    }

    @Override
    public void conv2d(ConvGeometry g, float[] x, float[] w, float[] y) {
        if (OneDnnConvolution.handlesForward(g)) {
            convolution.forward(g, x, w, y);
        } else {
            gemms.conv2d(g, x, w, y);
        }
    }

    @Override
    public void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        if (OneDnnConvolution.handlesInputGrad(g)) {
            convolution.inputGrad(g, dy, w, dx);
        } else {
            gemms.conv2dInputGrad(g, dy, w, dx);
        }
    }

    @Override
    public void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        if (OneDnnConvolution.handlesWeightGrad(g)) {
            convolution.weightGrad(g, x, dy, dw);
        } else {
            gemms.conv2dWeightGrad(g, x, dy, dw);
        }
    }

    /** As "onednn 2.6.3 (2 threads; GEMMs on openblas (2 threads, cut in Java))". */
    @Override
    public String toString() {
        return NAME + " " + version + " (" + threads() + (threads() == 1 ? " thread" : " threads") + "; GEMMs on " + gemms + ")";
    }
}
