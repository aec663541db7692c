package dev.gan4j.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backend that passes every call to another one and counts, per kernel (gemm, conv2d,
 * conv2dInputGrad, conv2dWeightGrad), the calls, their wall time and their multiply-adds: the
 * kernel half of {@code gan4j bench --profile}. The results are exactly those of the wrapped
 * backend. The GEMMs a convolution runs inside the wrapped backend count as part of that
 * convolution. {@link #countsByShape()} splits the same counts by shape, to say which
 * convolution of a network the time goes to.
 */
public final class TimedKernelBackend implements KernelBackend {
    private final KernelBackend inner;
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final Map<String, Counts> byShape = new LinkedHashMap<>();

    /** Counts the calls that go to {@code inner}. */
    public TimedKernelBackend(KernelBackend inner) {
        this.inner = inner;
    }

    /** Calls, nanoseconds and multiply-adds of one kernel. */
    public static final class Counts {
        private long calls;
        private long nanos;
        private long multiplyAdds;

        /** The number of calls. */
        public long calls() {
            return calls;
        }

        /** Their total wall time, in nanoseconds. */
        public long nanos() {
            return nanos;
        }

        /** Their total multiply-adds. */
        public long multiplyAdds() {
            return multiplyAdds;
        }
    }

    /** The counts so far per kernel name, in first-called order (a copy). */
    public synchronized Map<String, Counts> counts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /**
     * The counts so far per kernel and shape, keyed like "conv2d 4x128x9x9 -> 128 k3x3 s1 p0" or
     * "gemm 64x100 * 100x6272", in first-called order (a copy).
     */
    public synchronized Map<String, Counts> countsByShape() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byShape));
    }

    /** The wrapped backend's name, so the profile says what it measured. */
    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public int threads() {
        return inner.threads();
    }

    @Override
    public WorkerPool workers() {
        return inner.workers();
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                     float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        long start = System.nanoTime();
        inner.gemm(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset);
        long nanos = System.nanoTime() - start;
        add("gemm", "gemm " + m + "x" + k + " * " + k + "x" + n, nanos, (long) m * n * k);
    }

    @Override
    public void conv2d(ConvGeometry g, float[] x, float[] w, float[] y) {
        long start = System.nanoTime();
        inner.conv2d(g, x, w, y);
        add("conv2d", g, System.nanoTime() - start);
    }

    @Override
    public void conv2dInputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        long start = System.nanoTime();
        inner.conv2dInputGrad(g, dy, w, dx);
        add("conv2dInputGrad", g, System.nanoTime() - start);
    }

    @Override
    public void conv2dWeightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        long start = System.nanoTime();
        inner.conv2dWeightGrad(g, x, dy, dw);
        add("conv2dWeightGrad", g, System.nanoTime() - start);
    }

    /** Counts a convolution kernel's call of {@code nanos}, measured before its shape label is built. */
    private void add(String kernel, ConvGeometry g, long nanos) {
        add(kernel, kernel + " " + g.batch() + "x" + g.inChannels() + "x" + g.inHeight() + "x" + g.inWidth() + " -> "
                + g.outChannels() + " k" + g.kernelHeight() + "x" + g.kernelWidth()
                + " s" + pair(g.strideHeight(), g.strideWidth()) + " p" + pair(g.padHeight(), g.padWidth()),
                nanos, g.multiplyAdds());
    }

    /** "2" for 2 and 2, "2x1" for 2 and 1. */
    private static String pair(int height, int width) {
        return height == width ? Integer.toString(height) : height + "x" + width;
    }

    private synchronized void add(String kernel, String shape, long nanos, long multiplyAdds) {
        for (Counts c : new Counts[] {counts.computeIfAbsent(kernel, k -> new Counts()),
                byShape.computeIfAbsent(shape, k -> new Counts())}) {
            c.calls++;
            c.nanos += nanos;
            c.multiplyAdds += multiplyAdds;
        }
    }

    @Override
    public String toString() {
        return "timed " + inner;
    }
}
