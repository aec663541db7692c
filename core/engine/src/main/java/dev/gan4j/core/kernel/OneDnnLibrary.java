package dev.gan4j.core.kernel;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The system oneDNN 2.x ({@code libdnnl.so.2}, Debian's {@code libdnnl2}) through JNA: the C functions
 * the {@link OneDnnConvolution} needs, the constants of its C headers, and the OpenMP runtime it runs
 * its threads on ({@code libgomp.so.1}, whose thread count is set per calling thread).
 *
 * <p>The constants are those of oneDNN 2.6's {@code dnnl_types.h}; {@link #load} refuses any other
 * major version, whose structures and numbering differ (oneDNN 3 dropped the operation descriptors).
 */
final class OneDnnLibrary {
    static final String INSTALL = "install it with 'apt-get install libdnnl2' (Debian/Ubuntu), or choose "
            + "another backend with GAN4J_KERNELS=openblas";

    /** Bytes of a {@code dnnl_memory_desc_t} (696 in 2.6), with room to spare. */
    static final int MEMORY_DESC_BYTES = 1024;
    /** Bytes of a {@code dnnl_convolution_desc_t} (5,976 in 2.6), with room to spare. */
    static final int OP_DESC_BYTES = 8192;
    /** Bytes of a {@code dnnl_exec_arg_t}: an int, padding, a pointer. */
    static final int EXEC_ARG_BYTES = 16;

    static final int STATUS_SUCCESS = 0;
    static final int ENGINE_CPU = 1;
    static final int STREAM_DEFAULT_FLAGS = 1;
    static final int F32 = 3;
    static final int FORMAT_ANY = 1;
    /** {@code dnnl_abcd}: NCHW for data, OIHW for weights. */
    static final int FORMAT_ABCD = 5;
    static final int FORWARD_TRAINING = 64;
    static final int BACKWARD_DATA = 160;
    static final int BACKWARD_WEIGHTS = 192;
    static final int CONVOLUTION_DIRECT = 1;
    static final int QUERY_SRC_MD = 129;
    static final int QUERY_DIFF_SRC_MD = 130;
    static final int QUERY_WEIGHTS_MD = 131;
    static final int QUERY_DIFF_WEIGHTS_MD = 132;
    static final int QUERY_DST_MD = 133;
    static final int QUERY_DIFF_DST_MD = 134;
    static final int ARG_SRC = 1;
    static final int ARG_DST = 17;
    static final int ARG_WEIGHTS = 33;
    static final int ARG_DIFF_SRC = 129;
    static final int ARG_DIFF_DST = 145;
    static final int ARG_DIFF_WEIGHTS = 161;
    static final int ARG_FROM = 1;
    static final int ARG_TO = 17;

    /** The oneDNN 2.x C functions used here; see {@code dnnl.h}. */
    interface Dnnl extends Library {
        Pointer dnnl_version();

        int dnnl_engine_create(PointerByReference engine, int kind, long index);

        int dnnl_stream_create(PointerByReference stream, Pointer engine, int flags);

        int dnnl_memory_desc_init_by_tag(Pointer desc, int ndims, long[] dims, int dataType, int tag);

        long dnnl_memory_desc_get_size(Pointer desc);

        int dnnl_memory_desc_equal(Pointer a, Pointer b);

        int dnnl_convolution_forward_desc_init(Pointer opDesc, int propKind, int algorithm, Pointer src, Pointer weights,
                                               Pointer bias, Pointer dst, long[] strides, long[] padLeft, long[] padRight);

        int dnnl_convolution_backward_data_desc_init(Pointer opDesc, int algorithm, Pointer diffSrc, Pointer weights,
                                                     Pointer diffDst, long[] strides, long[] padLeft, long[] padRight);

        int dnnl_convolution_backward_weights_desc_init(Pointer opDesc, int algorithm, Pointer src, Pointer diffWeights,
                                                        Pointer diffBias, Pointer diffDst, long[] strides,
                                                        long[] padLeft, long[] padRight);

        int dnnl_primitive_desc_create(PointerByReference primitiveDesc, Pointer opDesc, Pointer attr, Pointer engine,
                                       Pointer hintForwardDesc);

        int dnnl_reorder_primitive_desc_create(PointerByReference primitiveDesc, Pointer src, Pointer srcEngine,
                                               Pointer dst, Pointer dstEngine, Pointer attr);

        Pointer dnnl_primitive_desc_query_md(Pointer primitiveDesc, int what, int index);

        int dnnl_primitive_desc_destroy(Pointer primitiveDesc);

        int dnnl_primitive_create(PointerByReference primitive, Pointer primitiveDesc);

        int dnnl_primitive_destroy(Pointer primitive);

        int dnnl_memory_create(PointerByReference memory, Pointer desc, Pointer engine, Pointer handle);

        int dnnl_memory_destroy(Pointer memory);

        int dnnl_primitive_execute(Pointer primitive, Pointer stream, int nargs, Pointer args);

        int dnnl_stream_wait(Pointer stream);
    }

    /** The OpenMP function that sizes oneDNN's thread team for the calling thread. */
    interface OpenMp extends Library {
        void omp_set_num_threads(int threads);
    }

    private final Dnnl dnnl;
    private final OpenMp openMp;
    private final String version;

    private OneDnnLibrary(Dnnl dnnl, OpenMp openMp, String version) {
        this.dnnl = dnnl;
        this.openMp = openMp;
        this.version = version;
    }

    /**
     * Loads oneDNN and its OpenMP runtime.
     *
     * @throws KernelUnavailableException when either does not load, or oneDNN is not a 2.x release
     */
    static OneDnnLibrary load() {
        Dnnl dnnl;
        OpenMp openMp;
        try {
            dnnl = Native.load("libdnnl.so.2", Dnnl.class);
            // the runtime libdnnl.so.2 itself links; opening it again returns the mapped one
            openMp = Native.load("libgomp.so.1", OpenMp.class);
        } catch (LinkageError | RuntimeException e) {
            throw new KernelUnavailableException("oneDNN (libdnnl.so.2) or its OpenMP runtime (libgomp.so.1) did not load ("
                    + e.getMessage() + "); " + INSTALL + ".", e);
        }
        Pointer v = dnnl.dnnl_version();
        // dnnl_version_t: int major, minor, patch; const char *hash; unsigned cpu_runtime, gpu_runtime
        int major = v.getInt(0);
        String version = major + "." + v.getInt(4) + "." + v.getInt(8);
        if (major != 2) {
            throw new KernelUnavailableException("oneDNN " + version + " is installed, but the onednn backend speaks "
                    + "oneDNN 2.x's C interface; install oneDNN 2 (Debian 12's libdnnl2), or choose another backend "
                    + "with GAN4J_KERNELS=openblas.");
        }
        return new OneDnnLibrary(dnnl, openMp, version);
    }

    Dnnl dnnl() {
        return dnnl;
    }

    /** Gives oneDNN's next calls from this thread a team of {@code threads} OpenMP threads. */
    void useThreads(int threads) {
        openMp.omp_set_num_threads(threads);
    }

    /** The loaded version, as "2.6.3". */
    String version() {
        return version;
    }

    /**
     * Throws when a oneDNN call did not succeed, naming the call and what it was for.
     *
     * @throws IllegalStateException for any status but success
     */
    static void check(int status, String call, Object subject) {
        if (status != STATUS_SUCCESS) {
            throw new IllegalStateException("oneDNN's " + call + " failed with status " + status + " (" + statusName(status)
                    + ") for " + subject + "; run with GAN4J_KERNELS=openblas to train without oneDNN, and report "
                    + "the geometry.");
        }
    }

    private static String statusName(int status) {
        return switch (status) {
            case 1 -> "out of memory";
            case 2 -> "invalid arguments";
            case 3 -> "unimplemented";
            case 4 -> "iterator ends";
            case 5 -> "runtime error";
            case 6 -> "not required";
            default -> "unknown status";
        };
    }
}
