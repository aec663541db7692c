package dev.gan4j.core.kernel;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import dev.gan4j.core.kernel.OneDnnLibrary.Dnnl;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three passes of a 2-D convolution as oneDNN primitives: its direct convolutions, JIT-compiled
 * for the CPU's vector width, on activations and weights reordered into oneDNN's blocked layouts
 * (16 channels innermost on AVX-512) and back. Each pass copies its Java arrays into native buffers
 * in NCHW / OIHW, reorders them, runs the convolution and reorders and copies the result back.
 *
 * <p>Why: on the 2-core Zen 5 development machine, the DCGAN discriminator's 64→128 convolution
 * (batch 64, 4x4, stride 2) took 2.7 / 2.8 / 2.5 ms for forward / input gradient / weight gradient
 * with both threads, reorders included, against 6.6 / 6.9 / 5.5 ms for im2col + OpenBLAS; a
 * CycleGAN residual block's 3x3 convolution (batch 4, 128 channels) 0.24 / 0.19 / 0.25 ms, about
 * three times faster. Passes whose reduced channels are fewer than {@value #MIN_CHANNELS} (one input
 * channel for the input gradient, one output channel) run at a tenth of that in oneDNN and are left to
 * the im2col path: see {@link #handlesForward} and its siblings.
 *
 * <p>Threads. A batch of at least as many items as the pool has threads is cut into one range of
 * items per thread, and oneDNN runs each range on that thread alone (its OpenMP team set to one
 * thread): no OpenMP threads spin beside the pool's workers, the copies in and out are cut over the
 * threads too, and each thread's weight gradient of its items is added to dw in thread order. Letting
 * oneDNN's OpenMP team of two run the whole batch instead made the rest of a DCGAN step slower, the
 * team's idle thread spinning while the pool's ran the elementwise ops (leaky ReLU forward 2.0 → 6.6
 * ms an iteration, the matrix multiplies' backward 2.0 → 6.2); with OMP_WAIT_POLICY=passive the
 * spinning stopped, but waking the team cost more than it saved on CycleGAN's small convolutions.
 * A smaller batch runs on the calling thread with a team of all the threads. The cut depends only on
 * the batch and the thread count, so the same inputs and thread count give the same bits.
 *
 * <p>Primitives, reorders and buffers are made on a geometry's first use and kept per calling
 * thread, for the {@value #KEPT_GEOMETRIES} most recently used geometries (the rest are destroyed),
 * with one oneDNN stream per thread.
 */
final class OneDnnConvolution {
    /** Passes that reduce over fewer channels than this stay on the im2col path (measured, above). */
    static final int MIN_CHANNELS = 8;
    /** Geometries whose primitives each calling thread keeps. */
    static final int KEPT_GEOMETRIES = 32;
    /** Channels of oneDNN's blocked layouts on AVX-512: a cut by channels gives each thread whole blocks. */
    static final int CHANNEL_BLOCK = 16;
    /**
     * Multiply-adds per float copied in and out below which a pass stays on the im2col path: the
     * copies and reorders then cost more than oneDNN saves (the DCGAN discriminator's first
     * convolution, 1→64 channels, 15 per float: 47 GFLOP/s forward against 59 for im2col, 2 threads).
     */
    static final int MIN_INTENSITY = 64;
    private static final int ALIGN_BYTES = 64;

    private final OneDnnLibrary library;
    private final Dnnl dnnl;
    private final Pointer engine;
    private final WorkerPool pool;
    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);

    /** Convolutions on a new oneDNN CPU engine, cut over the threads of {@code pool}. */
    OneDnnConvolution(OneDnnLibrary library, WorkerPool pool) {
        this.library = library;
        this.dnnl = library.dnnl();
        this.pool = pool;
        PointerByReference created = new PointerByReference();
        OneDnnLibrary.check(dnnl.dnnl_engine_create(created, OneDnnLibrary.ENGINE_CPU, 0), "dnnl_engine_create", "the CPU engine");
        this.engine = created.getValue();
    }

    /**
     * Whether the forward pass of {@code g} goes to oneDNN: enough output channels, a batch, padding
     * it can express, and enough work for each float copied in and out.
     */
    static boolean handlesForward(ConvGeometry g) {
        return expressible(g) && g.outChannels() >= MIN_CHANNELS;
    }

    /** Whether the input gradient of {@code g} goes to oneDNN: enough input and output channels (and as above). */
    static boolean handlesInputGrad(ConvGeometry g) {
        return expressible(g) && g.outChannels() >= MIN_CHANNELS && g.inChannels() >= MIN_CHANNELS;
    }

    /** Whether the weight gradient of {@code g} goes to oneDNN: enough output channels (and as above). */
    static boolean handlesWeightGrad(ConvGeometry g) {
        return expressible(g) && g.outChannels() >= MIN_CHANNELS;
    }

    /**
     * A batch; a right / bottom padding that is not negative (oneDNN pads (out − 1)·stride + kernel −
     * input − left on the far side, less than the left padding when the stride does not divide the
     * padded input); and at least {@value #MIN_INTENSITY} multiply-adds per float copied.
     */
    private static boolean expressible(ConvGeometry g) {
        return g.batch() > 0 && farPad(g.outHeight(), g.strideHeight(), g.kernelHeight(), g.inHeight(), g.padHeight()) >= 0
                && farPad(g.outWidth(), g.strideWidth(), g.kernelWidth(), g.inWidth(), g.padWidth()) >= 0
                && g.multiplyAdds() >= MIN_INTENSITY * ((long) g.inputSize() + g.outputSize() + g.weightSize());
    }

    private static long farPad(int out, int stride, int kernel, int in, int pad) {
        return (long) (out - 1) * stride + kernel - in - pad;
    }

    /** y = conv(x, w); see {@link KernelBackend#conv2d}. */
    void forward(ConvGeometry g, float[] x, float[] w, float[] y) {
        Im2colConvolution.checkSizes(g, "x", x, g.inputSize(), "w", w, g.weightSize(), "y", y, g.outputSize());
        int kernel = g.inChannels() * g.kernelHeight() * g.kernelWidth();
        int positions = g.outHeight() * g.outWidth();
        if (cutByChannels(g.outChannels(), g.inputSize(), g.weightSize())) {
            // each thread: the whole input, its rows of w, its output channels of every item
            overChannels(g.outChannels(), (part, o0, count) -> channelEntry(g, g.inChannels(), count).forward().run(
                    x, Slice.whole(0, g.inputSize()), w, Slice.whole(o0 * kernel, count * kernel),
                    y, Slice.channels(o0, count, g.outChannels(), positions, g.batch())));
            return;
        }
        overItems(g, (part, n0, items) -> itemEntry(g, items).forward().run(
                x, items(g.inputSize(), g, n0, items), w, Slice.whole(0, g.weightSize()),
                y, items(g.outputSize(), g, n0, items)));
    }

    /** dx = the input gradient for output gradient dy; see {@link KernelBackend#conv2dInputGrad}. */
    void inputGrad(ConvGeometry g, float[] dy, float[] w, float[] dx) {
        Im2colConvolution.checkSizes(g, "dy", dy, g.outputSize(), "w", w, g.weightSize(), "dx", dx, g.inputSize());
        int taps = g.kernelHeight() * g.kernelWidth();
        int plane = g.inHeight() * g.inWidth();
        if (cutByChannels(g.inChannels(), g.outputSize(), g.weightSize())) {
            // each thread: the whole of dy, its input channels of every row of w, its channels of every item of dx
            overChannels(g.inChannels(), (part, c0, count) -> channelEntry(g, count, g.outChannels()).inputGrad().run(
                    dy, Slice.whole(0, g.outputSize()), w, Slice.channels(c0, count, g.inChannels(), taps, g.outChannels()),
                    dx, Slice.channels(c0, count, g.inChannels(), plane, g.batch())));
            return;
        }
        overItems(g, (part, n0, items) -> itemEntry(g, items).inputGrad().run(
                dy, items(g.outputSize(), g, n0, items), w, Slice.whole(0, g.weightSize()),
                dx, items(g.inputSize(), g, n0, items)));
    }

    /**
     * dw = the weight gradient for input x and output gradient dy; see {@link KernelBackend#conv2dWeightGrad}.
     * Cut by output channels, each thread writes its own rows of dw; cut by items, each thread takes
     * the gradient of its own items, the first into dw, the others into buffers of their own, which
     * are then added to dw in thread order.
     */
    void weightGrad(ConvGeometry g, float[] x, float[] dy, float[] dw) {
        Im2colConvolution.checkSizes(g, "x", x, g.inputSize(), "dy", dy, g.outputSize(), "dw", dw, g.weightSize());
        int kernel = g.inChannels() * g.kernelHeight() * g.kernelWidth();
        int positions = g.outHeight() * g.outWidth();
        if (cutByChannels(g.outChannels(), g.inputSize(), g.weightSize())) {
            overChannels(g.outChannels(), (part, o0, count) -> channelEntry(g, g.inChannels(), count).weightGrad().run(
                    x, Slice.whole(0, g.inputSize()), dy, Slice.channels(o0, count, g.outChannels(), positions, g.batch()),
                    dw, Slice.whole(o0 * kernel, count * kernel)));
            return;
        }
        float[][] partials = new float[parts(g)][];
        overItems(g, (part, n0, items) -> {
            float[] target = part == 0 ? dw : perThread.get().partial(g.weightSize());
            partials[part] = target;
            itemEntry(g, items).weightGrad().run(x, items(g.inputSize(), g, n0, items), dy, items(g.outputSize(), g, n0, items),
                    target, Slice.whole(0, g.weightSize()));
        });
        for (int part = 1; part < partials.length; part++) {
            float[] partial = partials[part];
            for (int i = 0; i < g.weightSize(); i++) {
                dw[i] += partial[i];
            }
        }
    }

    /** Runs {@code body} on every thread of the pool with that thread's range of {@code channels} channels. */
    private void overChannels(int channels, RangeBody body) {
        int parts = pool.threads();
        pool.run(parts, part -> {
            int first = channels * part / parts;
            body.run(part, first, channels * (part + 1) / parts - first);
        });
    }

    /** Runs {@code body} once per range of items of the batch's cut ({@link #parts}), on the pool. */
    private void overItems(ConvGeometry g, RangeBody body) {
        int parts = parts(g);
        pool.run(parts, part -> {
            int first = firstItem(g, part, parts);
            body.run(part, first, firstItem(g, part + 1, parts) - first);
        });
    }

    /** This thread's primitives for its share of a cut by channels: {@code in} and {@code out} channels, oneDNN on this thread alone. */
    private Entry channelEntry(ConvGeometry g, int in, int out) {
        return perThread.get().entry(g.withChannels(in, out), 1);
    }

    /** This thread's primitives for its share of a cut by items, on the team {@link #team} gives. */
    private Entry itemEntry(ConvGeometry g, int items) {
        return perThread.get().entry(g.withBatch(items), team(parts(g)));
    }

    /** One part of a pass cut over the threads: the part's index, and the first and number of its channels or items. */
    @FunctionalInterface
    private interface RangeBody {
        void run(int part, int first, int count);
    }

    /**
     * Whether a pass is cut by channels over the threads instead of by items: the channels it cuts
     * ({@code channels}) split into whole blocks of {@value #CHANNEL_BLOCK} per thread, and the tensor
     * every thread then copies whole ({@code sharedSize}) is smaller than the weight, which a cut by
     * items copies and reorders whole on every thread. CycleGAN's residual 3x3 convolution (batch 4,
     * 128 channels: an input of 41k floats, a weight of 147k) is cut by channels, the DCGAN
     * discriminator's 64→128 (batch 64: 802k and 131k) by items.
     */
    private boolean cutByChannels(int channels, int sharedSize, int weightSize) {
        int threads = pool.threads();
        return threads > 1 && channels % (CHANNEL_BLOCK * threads) == 0 && sharedSize < weightSize;
    }

    /** Items [n0, n0 + items) of a batch tensor of {@code size} floats: one contiguous slice. */
    private static Slice items(int size, ConvGeometry g, int n0, int items) {
        int perItem = size / g.batch();
        return Slice.whole(n0 * perItem, items * perItem);
    }

    /**
     * How many ranges of items the batch is cut into: one per thread, each run by oneDNN on that
     * thread alone, when the batch has as many items; else one, run on a team of all the threads.
     */
    private int parts(ConvGeometry g) {
        return g.batch() >= pool.threads() ? pool.threads() : 1;
    }

    /** The OpenMP team of each part: one thread when the batch is cut over the threads, else all of them. */
    private int team(int parts) {
        return parts == 1 ? pool.threads() : 1;
    }

    private static int firstItem(ConvGeometry g, int part, int parts) {
        return (int) ((long) g.batch() * part / parts);
    }

    /** One calling thread's stream and primitives. */
    private final class PerThread {
        private final Pointer stream;
        private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                if (size() > KEPT_GEOMETRIES) {
                    eldest.getValue().destroy();
                    return true;
                }
                return false;
            }
        };

        PerThread() {
            PointerByReference created = new PointerByReference();
            OneDnnLibrary.check(dnnl.dnnl_stream_create(created, engine, OneDnnLibrary.STREAM_DEFAULT_FLAGS),
                    "dnnl_stream_create", "a CPU stream");
            stream = created.getValue();
        }

        private float[] partial = new float[0];

        /**
         * The primitives of {@code g} for a team of {@code team} threads, and this thread's team set to
         * that size: set on every call, as OpenMP keeps it per OS thread and another backend may have
         * changed it on this thread since.
         */
        Entry entry(ConvGeometry g, int team) {
            library.useThreads(team);
            return entries.computeIfAbsent(new Key(g, team), key -> new Entry(key.geometry(), stream));
        }

        float[] partial(int size) {
            if (partial.length < size) {
                partial = new float[size];
            }
            return partial;
        }
    }

    /** A geometry and the OpenMP team size its primitives were made for (oneDNN fixes a primitive's cut when making it). */
    private record Key(ConvGeometry geometry, int team) {
    }

    /** The forward primitive descriptor of one geometry (the hint both gradients are made from) and its passes, made on first use. */
    private final class Entry {
        private final ConvGeometry g;
        private final Pointer stream;
        private final long[] source;
        private final long[] weights;
        private final long[] destination;
        private final long[] strides;
        private final long[] padLeft;
        private final long[] padRight;
        private final Pointer forwardDesc;
        private Pass forward;
        private Pass inputGrad;
        private Pass weightGrad;

        Entry(ConvGeometry g, Pointer stream) {
            this.g = g;
            this.stream = stream;
            source = new long[] {g.batch(), g.inChannels(), g.inHeight(), g.inWidth()};
            weights = new long[] {g.outChannels(), g.inChannels(), g.kernelHeight(), g.kernelWidth()};
            destination = new long[] {g.batch(), g.outChannels(), g.outHeight(), g.outWidth()};
            strides = new long[] {g.strideHeight(), g.strideWidth()};
            padLeft = new long[] {g.padHeight(), g.padWidth()};
            padRight = new long[] {farPad(g.outHeight(), g.strideHeight(), g.kernelHeight(), g.inHeight(), g.padHeight()),
                farPad(g.outWidth(), g.strideWidth(), g.kernelWidth(), g.inWidth(), g.padWidth())};
            Memory op = new Memory(OneDnnLibrary.OP_DESC_BYTES);
            OneDnnLibrary.check(dnnl.dnnl_convolution_forward_desc_init(op, OneDnnLibrary.FORWARD_TRAINING,
                    OneDnnLibrary.CONVOLUTION_DIRECT, anyDesc(source), anyDesc(weights), null, anyDesc(destination),
                    strides, padLeft, padRight), "dnnl_convolution_forward_desc_init", g);
            forwardDesc = primitiveDesc(op, null, "the forward convolution");
        }

        Pass forward() {
            if (forward == null) {
                forward = new Pass(g, stream, forwardDesc, false,
                        new Tensor(OneDnnLibrary.ARG_SRC, OneDnnLibrary.QUERY_SRC_MD, source),
                        new Tensor(OneDnnLibrary.ARG_WEIGHTS, OneDnnLibrary.QUERY_WEIGHTS_MD, weights),
                        new Tensor(OneDnnLibrary.ARG_DST, OneDnnLibrary.QUERY_DST_MD, destination));
            }
            return forward;
        }

        Pass inputGrad() {
            if (inputGrad == null) {
                Memory op = new Memory(OneDnnLibrary.OP_DESC_BYTES);
                OneDnnLibrary.check(dnnl.dnnl_convolution_backward_data_desc_init(op, OneDnnLibrary.CONVOLUTION_DIRECT,
                        anyDesc(source), anyDesc(weights), anyDesc(destination), strides, padLeft, padRight),
                        "dnnl_convolution_backward_data_desc_init", g);
                inputGrad = new Pass(g, stream, primitiveDesc(op, forwardDesc, "the input gradient"), true,
                        new Tensor(OneDnnLibrary.ARG_DIFF_DST, OneDnnLibrary.QUERY_DIFF_DST_MD, destination),
                        new Tensor(OneDnnLibrary.ARG_WEIGHTS, OneDnnLibrary.QUERY_WEIGHTS_MD, weights),
                        new Tensor(OneDnnLibrary.ARG_DIFF_SRC, OneDnnLibrary.QUERY_DIFF_SRC_MD, source));
            }
            return inputGrad;
        }

        Pass weightGrad() {
            if (weightGrad == null) {
                Memory op = new Memory(OneDnnLibrary.OP_DESC_BYTES);
                OneDnnLibrary.check(dnnl.dnnl_convolution_backward_weights_desc_init(op, OneDnnLibrary.CONVOLUTION_DIRECT,
                        anyDesc(source), anyDesc(weights), null, anyDesc(destination), strides, padLeft, padRight),
                        "dnnl_convolution_backward_weights_desc_init", g);
                weightGrad = new Pass(g, stream, primitiveDesc(op, forwardDesc, "the weight gradient"), true,
                        new Tensor(OneDnnLibrary.ARG_SRC, OneDnnLibrary.QUERY_SRC_MD, source),
                        new Tensor(OneDnnLibrary.ARG_DIFF_DST, OneDnnLibrary.QUERY_DIFF_DST_MD, destination),
                        new Tensor(OneDnnLibrary.ARG_DIFF_WEIGHTS, OneDnnLibrary.QUERY_DIFF_WEIGHTS_MD, weights));
            }
            return weightGrad;
        }

        private Pointer primitiveDesc(Pointer op, Pointer hint, String what) {
            PointerByReference created = new PointerByReference();
            OneDnnLibrary.check(dnnl.dnnl_primitive_desc_create(created, op, null, engine, hint),
                    "dnnl_primitive_desc_create (" + what + ")", g);
            return created.getValue();
        }

        void destroy() {
            for (Pass pass : new Pass[] {forward, inputGrad, weightGrad}) {
                if (pass != null) {
                    pass.destroy();
                }
            }
            dnnl.dnnl_primitive_desc_destroy(forwardDesc);
        }
    }

    /** A tensor of a pass: its execution argument, the query for the layout the primitive wants, its NCHW / OIHW sizes. */
    private record Tensor(int argument, int query, long[] dims) {
        long elements() {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            return n;
        }
    }

    /**
     * One pass: a primitive with two inputs and one output, each with a native NCHW / OIHW buffer
     * and, where the primitive wants another layout, a buffer in that layout and the reorder between.
     */
    private final class Pass {
        private final ConvGeometry g;
        private final Pointer stream;
        private final Pointer primitiveDesc;
        private final boolean ownsDesc;
        private final List<Pointer> primitives = new ArrayList<>();
        private final List<Pointer> memories = new ArrayList<>();
        private final List<Memory> buffers = new ArrayList<>();
        private final FloatBuffer[] plain = new FloatBuffer[3];
        private final List<Step> before = new ArrayList<>();
        private final Step convolution;
        private Step after;

        Pass(ConvGeometry g, Pointer stream, Pointer primitiveDesc, boolean ownsDesc, Tensor in0, Tensor in1, Tensor out) {
            this.g = g;
            this.stream = stream;
            this.primitiveDesc = primitiveDesc;
            this.ownsDesc = ownsDesc;
            Tensor[] tensors = {in0, in1, out};
            Pointer[] used = new Pointer[3];
            for (int t = 0; t < 3; t++) {
                Tensor tensor = tensors[t];
                long elements = tensor.elements();
                Memory plainDesc = new Memory(OneDnnLibrary.MEMORY_DESC_BYTES);
                OneDnnLibrary.check(dnnl.dnnl_memory_desc_init_by_tag(plainDesc, 4, tensor.dims(), OneDnnLibrary.F32,
                        OneDnnLibrary.FORMAT_ABCD), "dnnl_memory_desc_init_by_tag", g);
                Pointer plainBuffer = alignedBuffer(4L * elements);
                // a direct buffer's bulk put and get copy with the JIT's vectorised arraycopy; JNA's
                // Pointer.write and read go through JNI's Set/GetFloatArrayRegion, an element-by-element
                // loop (HotSpot's aci_CopyRight: 7% of all CPU samples of a CycleGAN iteration)
                plain[t] = plainBuffer.getByteBuffer(0, 4L * elements).order(ByteOrder.nativeOrder()).asFloatBuffer();
                Pointer plainMemory = memory(plainDesc, plainBuffer);
                Pointer wanted = dnnl.dnnl_primitive_desc_query_md(primitiveDesc, tensor.query(), 0);
                if (dnnl.dnnl_memory_desc_equal(plainDesc, wanted) != 0) {
                    used[t] = plainMemory;
                    continue;
                }
                Pointer blocked = memory(wanted, alignedBuffer(dnnl.dnnl_memory_desc_get_size(wanted)));
                used[t] = blocked;
                if (t < 2) {
                    before.add(reorder(plainDesc, plainMemory, wanted, blocked));
                } else {
                    after = reorder(wanted, blocked, plainDesc, plainMemory);
                }
            }
            PointerByReference created = new PointerByReference();
            OneDnnLibrary.check(dnnl.dnnl_primitive_create(created, primitiveDesc), "dnnl_primitive_create", g);
            primitives.add(created.getValue());
            convolution = new Step(created.getValue(), arguments(new int[] {in0.argument(), in1.argument(), out.argument()}, used));
        }

        /** Copies the inputs in from their slices, runs the reorders and the convolution, copies the output into its slice. */
        void run(float[] in0, Slice slice0, float[] in1, Slice slice1, float[] out, Slice outSlice) {
            slice0.copyIn(in0, plain[0], g);
            slice1.copyIn(in1, plain[1], g);
            for (Step step : before) {
                step.execute();
            }
            convolution.execute();
            if (after != null) {
                after.execute();
            }
            OneDnnLibrary.check(dnnl.dnnl_stream_wait(stream), "dnnl_stream_wait", g);
            outSlice.copyOut(plain[2], out, g);
        }

        private Step reorder(Pointer fromDesc, Pointer from, Pointer toDesc, Pointer to) {
            PointerByReference reorderDesc = new PointerByReference();
            OneDnnLibrary.check(dnnl.dnnl_reorder_primitive_desc_create(reorderDesc, fromDesc, engine, toDesc, engine, null),
                    "dnnl_reorder_primitive_desc_create", g);
            PointerByReference created = new PointerByReference();
            try {
                OneDnnLibrary.check(dnnl.dnnl_primitive_create(created, reorderDesc.getValue()), "dnnl_primitive_create (reorder)", g);
            } finally {
                dnnl.dnnl_primitive_desc_destroy(reorderDesc.getValue());
            }
            primitives.add(created.getValue());
            return new Step(created.getValue(), arguments(new int[] {OneDnnLibrary.ARG_FROM, OneDnnLibrary.ARG_TO},
                    new Pointer[] {from, to}));
        }

        private Pointer memory(Pointer desc, Pointer handle) {
            PointerByReference created = new PointerByReference();
            OneDnnLibrary.check(dnnl.dnnl_memory_create(created, desc, engine, handle), "dnnl_memory_create", g);
            memories.add(created.getValue());
            return created.getValue();
        }

        /** A native buffer of {@code bytes} starting on a cache line; the JNA memory behind it is kept with the pass. */
        private Pointer alignedBuffer(long bytes) {
            Memory memory = new Memory(Math.max(bytes, 4) + ALIGN_BYTES);
            buffers.add(memory);
            long address = Pointer.nativeValue(memory);
            return memory.share((ALIGN_BYTES - address % ALIGN_BYTES) % ALIGN_BYTES);
        }

        private Memory arguments(int[] kinds, Pointer[] memoryHandles) {
            Memory args = new Memory((long) OneDnnLibrary.EXEC_ARG_BYTES * kinds.length);
            for (int i = 0; i < kinds.length; i++) {
                args.setInt((long) i * OneDnnLibrary.EXEC_ARG_BYTES, kinds[i]);
                args.setPointer((long) i * OneDnnLibrary.EXEC_ARG_BYTES + 8, memoryHandles[i]);
            }
            buffers.add(args);
            return args;
        }

        void destroy() {
            primitives.forEach(dnnl::dnnl_primitive_destroy);
            memories.forEach(dnnl::dnnl_memory_destroy);
            if (ownsDesc) {
                dnnl.dnnl_primitive_desc_destroy(primitiveDesc);
            }
        }

        /** A primitive and its arguments. */
        private final class Step {
            private final Pointer primitive;
            private final Memory args;

            Step(Pointer primitive, Memory args) {
                this.primitive = primitive;
                this.args = args;
            }

            void execute() {
                OneDnnLibrary.check(dnnl.dnnl_primitive_execute(primitive, stream, (int) (args.size() / OneDnnLibrary.EXEC_ARG_BYTES), args),
                        "dnnl_primitive_execute", g);
            }
        }
    }

    /**
     * Where one thread's part of a tensor lies in a Java array: {@code count} runs of {@code length}
     * floats, {@code stride} apart, from {@code start}; packed one after another in the native buffer.
     */
    private record Slice(int start, int count, int length, int stride) {
        static Slice whole(int start, int length) {
            return new Slice(start, 1, length, length);
        }

        /** Channels [first, first + count) of each of {@code rows} rows of {@code channels} channels of {@code plane} floats. */
        static Slice channels(int first, int count, int channels, int plane, int rows) {
            return new Slice(first * plane, rows, count * plane, channels * plane);
        }

        void copyIn(float[] array, FloatBuffer buffer, ConvGeometry g) {
            requireSize(buffer.capacity(), g);
            for (int i = 0; i < count; i++) {
                buffer.put(i * length, array, start + i * stride, length);
            }
        }

        void copyOut(FloatBuffer buffer, float[] array, ConvGeometry g) {
            requireSize(buffer.capacity(), g);
            for (int i = 0; i < count; i++) {
                buffer.get(i * length, array, start + i * stride, length);
            }
        }

        private void requireSize(int size, ConvGeometry g) {
            if ((long) count * length != size) {
                throw new IllegalStateException("A slice of " + count + " x " + length + " floats does not fill the "
                        + size + " of its oneDNN buffer for " + g + "; this is a bug in gan4j's onednn backend.");
            }
        }
    }

    /** A oneDNN memory descriptor of {@code dims} in f32, layout left to the primitive. */
    private Memory anyDesc(long[] dims) {
        Memory desc = new Memory(OneDnnLibrary.MEMORY_DESC_BYTES);
        OneDnnLibrary.check(dnnl.dnnl_memory_desc_init_by_tag(desc, dims.length, dims, OneDnnLibrary.F32, OneDnnLibrary.FORMAT_ANY),
                "dnnl_memory_desc_init_by_tag", "dims " + java.util.Arrays.toString(dims));
        return desc;
    }
}
