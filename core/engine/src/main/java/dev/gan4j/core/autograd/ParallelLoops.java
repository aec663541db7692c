package dev.gan4j.core.autograd;

import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.kernel.WorkerPool;

/**
 * Runs an elementwise loop over [0, length) on the threads of the current kernel backend
 * ({@link dev.gan4j.core.kernel.KernelBackend#workers()}), cut into one range per thread whose
 * bounds depend only on the length and the thread count. Each element is computed by one range
 * with the same float operations as a single loop would, so the result is the same bits whatever
 * the thread count; loops under {@value #SERIAL_LENGTH} elements stay on the calling thread, where
 * handing work over costs more than it saves.
 */
final class ParallelLoops {
    /** Below this many elements a loop runs on the calling thread. */
    static final int SERIAL_LENGTH = 1 << 16;
    /** Range bounds are multiples of this (a cache line of floats), so threads never share a line. */
    private static final int ALIGN = 16;

    private ParallelLoops() {
    }

    /** The body of a loop over the indices [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /** Runs {@code body} over [0, length), cut over the current backend's threads when the loop is long. */
    static void run(int length, Range body) {
        WorkerPool pool = length < SERIAL_LENGTH ? WorkerPool.SERIAL : Kernels.current().workers();
        int parts = Math.min(pool.threads(), Math.max(1, length / ALIGN));
        if (parts <= 1) {
            body.run(0, length);
            return;
        }
        pool.run(parts, part -> body.run(bound(length, parts, part), bound(length, parts, part + 1)));
    }

    /** Runs {@code body} over the units [0, count) (planes, channels) when they hold {@code floats} elements in all. */
    static void runUnits(int count, long floats, Range body) {
        WorkerPool pool = floats < SERIAL_LENGTH ? WorkerPool.SERIAL : Kernels.current().workers();
        int parts = Math.min(pool.threads(), count);
        if (parts <= 1) {
            body.run(0, count);
            return;
        }
        pool.run(parts, part -> body.run((int) ((long) count * part / parts), (int) ((long) count * (part + 1) / parts)));
    }

    private static int bound(int length, int parts, int part) {
        if (part >= parts) {
            return length;
        }
        return Math.min(length, (int) ((long) length * part / parts) / ALIGN * ALIGN);
    }
}
