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
 * <p>Each call copies a and b into direct buffers of the calling thread, runs the session with a
 * preallocated output over a third direct buffer, and copies the result into c: the copies cost
 * 10–20% at the DCGAN shapes, and a call costs about 3 µs more than the arithmetic.
 *
 * <p>Threads: every session runs intra-op on {@code threads} threads (ONNX Runtime's own pool,
 * without spin-waiting so it leaves the cores to Java between calls); the im2col data movement
 * runs on this backend's {@link WorkerPool}. MLAS cuts a GEMM into a fixed partition for a given
 * thread count, so results are deterministic for a given thread count.
 */
public final class OnnxRuntimeKernelBackend extends GemmKernelBackend {
    /** The name {@code GAN4J_KERNELS} uses. */
    public static final String NAME = "onnxruntime";

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
                options.setIntraOpNumThreads(threads);
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
        DirectBuffers direct = buffers.get();
        FloatBuffer left = direct.left(m * k).put(a, aOffset, m * k).flip();
        FloatBuffer right = direct.right(k * n).put(b, bOffset, k * n).flip();
        FloatBuffer out = direct.output(m * n);
        OrtSession session = sessions[(transposeA ? 1 : 0) + (transposeB ? 2 : 0)];
        try (OnnxTensor tensorA = OnnxTensor.createTensor(environment, left, transposeA ? shape(k, m) : shape(m, k));
             OnnxTensor tensorB = OnnxTensor.createTensor(environment, right, transposeB ? shape(n, k) : shape(k, n));
             OnnxTensor tensorY = OnnxTensor.createTensor(environment, out, shape(m, n));
             OrtSession.Result ignored = session.run(Map.of(GemmModel.A, tensorA, GemmModel.B, tensorB),
                     Map.of(GemmModel.Y, tensorY))) {
            out.get(0, c, cOffset, m * n);
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
