package dev.gan4j.runtime.onnx.kernel;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.gan4j.core.kernel.GemmKernelBackend;
import dev.gan4j.core.kernel.Im2colConvolution;
import dev.gan4j.core.kernel.KernelUnavailableException;
import dev.gan4j.core.kernel.WorkerPool;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The ONNX Runtime backend, name {@value #NAME}: each GEMM is one run of a one-node ONNX
 * {@code Gemm} model, which ONNX Runtime computes with its MLAS kernels (AVX-512 where the CPU has
 * it); the convolutions are im2col + that GEMM ({@link Im2colConvolution}).
 *
 * <p>Each call copies its operands into direct buffers of the calling thread, runs the session with a
 * preallocated output over a third direct buffer, and copies the result into c: the copies cost
 * 10–20% at the DCGAN shapes, and a call costs about 3 µs more than the arithmetic.
 *
 * <p>Threads: the sessions run on one intra-op thread, and this backend cuts every large GEMM into
 * {@code threads} fixed ranges of rows or columns of c, one session run per range on its own
 * {@link WorkerPool} (which also runs the im2col data movement). Before, each session had an
 * intra-op pool of {@code threads} threads beside ours: two pools of busy threads on the same cores,
 * whose hand-offs gave two-thread runs a heavy tail (the MLP iteration's median was 4.6 times its
 * minimum). One pool, and a cut that depends only on the shape and the thread count, keep the
 * results deterministic for a given thread count.
 */
public final class OnnxRuntimeKernelBackend extends GemmKernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "onnxruntime";

    /** Below this many multiply-adds a GEMM is one session run on the calling thread. */
    static final long SERIAL_MULTIPLY_ADDS = 1L << 18;

    private final OrtEnvironment environment;
    /** Sessions indexed by (transposeA ? 1 : 0) + (transposeB ? 2 : 0). */
    private final OrtSession[] sessions = new OrtSession[4];
    private final ThreadLocal<DirectBuffers> buffers = ThreadLocal.withInitial(DirectBuffers::new);

    /**
     * A backend that uses {@code threads} threads.
     *
     * @throws KernelUnavailableException when ONNX Runtime's native library does not load here
     * @throws IllegalArgumentException   when {@code threads} is below 1
     */
    public OnnxRuntimeKernelBackend(int threads) {
        super(NAME, threads);
        try {
            this.environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                for (int flags = 0; flags < 4; flags++) {
                    sessions[flags] = environment.createSession(GemmModel.bytes((flags & 1) != 0, (flags & 2) != 0), options);
                }
            }
        } catch (OrtException | LinkageError e) {
            throw new KernelUnavailableException("ONNX Runtime could not start here (" + e.getMessage() + "); it needs "
                    + "com.microsoft.onnxruntime:onnxruntime on the classpath and a 64-bit Linux, macOS or Windows. "
                    + "Choose another backend with GAN4J_KERNELS=openblas or GAN4J_KERNELS=java.", e);
        }
    }

    @Override
    protected void multiply(boolean transposeA, boolean transposeB, int m, int n, int k,
                            float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset) {
        WorkerPool pool = pool();
        int parts = pool.threads();
        if (parts == 1 || (long) m * n * k < SERIAL_MULTIPLY_ADDS) {
            block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, m, 0, n);
            return;
        }
        // Cut the side whose other operand is the smaller one: every part copies that operand whole.
        boolean byColumns = n >= m;
        int usable = Math.min(parts, byColumns ? n : m);
        pool.run(usable, part -> {
            if (byColumns) {
                block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset, 0, m,
                        alignedColumnBound(n, usable, part, COLUMN_ALIGN), alignedColumnBound(n, usable, part + 1, COLUMN_ALIGN));
            } else {
                block(transposeA, transposeB, m, n, k, a, aOffset, b, bOffset, c, cOffset,
                        (int) ((long) m * part / usable), (int) ((long) m * (part + 1) / usable), 0, n);
            }
        });
    }

    /** Rows [i0, i1) and columns [j0, j1) of c = op(a) · op(b), as one session run on this thread. */
    private void block(boolean transposeA, boolean transposeB, int m, int n, int k,
                       float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset,
                       int i0, int i1, int j0, int j1) {
        int rows = i1 - i0;
        int columns = j1 - j0;
        if (rows <= 0 || columns <= 0) {
            return;
        }
        DirectBuffers direct = buffers.get();
        // op(a) rows [i0, i1): stored rows when a is not transposed, else a column range of each of its k rows
        FloatBuffer left = direct.left(rows * k);
        if (!transposeA) {
            left.put(a, aOffset + i0 * k, rows * k);
        } else {
            for (int r = 0; r < k; r++) {
                left.put(a, aOffset + r * m + i0, rows);
            }
        }
        left.flip();
        // op(b) columns [j0, j1): stored rows when b is transposed, else a column range of each of its k rows
        FloatBuffer right = direct.right(k * columns);
        if (transposeB) {
            right.put(b, bOffset + j0 * k, columns * k);
        } else if (columns == n) {
            right.put(b, bOffset, k * n);
        } else {
            for (int r = 0; r < k; r++) {
                right.put(b, bOffset + r * n + j0, columns);
            }
        }
        right.flip();
        FloatBuffer out = direct.output(rows * columns);
        OrtSession session = sessions[(transposeA ? 1 : 0) + (transposeB ? 2 : 0)];
        try (OnnxTensor tensorA = OnnxTensor.createTensor(environment, left, transposeA ? shape(k, rows) : shape(rows, k));
             OnnxTensor tensorB = OnnxTensor.createTensor(environment, right, transposeB ? shape(columns, k) : shape(k, columns));
             OnnxTensor tensorY = OnnxTensor.createTensor(environment, out, shape(rows, columns));
             OrtSession.Result ignored = session.run(Map.of(GemmModel.A, tensorA, GemmModel.B, tensorB),
                     Map.of(GemmModel.Y, tensorY))) {
            if (columns == n) {
                out.get(0, c, cOffset + i0 * n, rows * n);
            } else {
                for (int r = 0; r < rows; r++) {
                    out.get(r * columns, c, cOffset + (i0 + r) * n + j0, columns);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a " + m + "x" + k + " by " + k + "x" + n
                    + " matrix product: " + e.getMessage(), e);
        }
    }

    private static long[] shape(int rows, int columns) {
        return new long[] {rows, columns};
    }

    /** Grow-only native buffers of one calling thread; each call gets a view of exactly its size. */
    private static final class DirectBuffers {
        private FloatBuffer left = allocate(0);
        private FloatBuffer right = allocate(0);
        private FloatBuffer output = allocate(0);

        FloatBuffer left(int size) {
            left = grown(left, size);
            return view(left, size);
        }

        FloatBuffer right(int size) {
            right = grown(right, size);
            return view(right, size);
        }

        FloatBuffer output(int size) {
            output = grown(output, size);
            return view(output, size);
        }

        private static FloatBuffer grown(FloatBuffer buffer, int size) {
            return buffer.capacity() >= size ? buffer : allocate(size);
        }

        private static FloatBuffer view(FloatBuffer buffer, int size) {
            return buffer.duplicate().clear().limit(size).slice();
        }

        private static FloatBuffer allocate(int size) {
            return ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
    }
}
