package dev.gan4j.examples.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall-clock and CPU time since it was started, the CPU time of the thread that started it: with
 * {@code GAN4J_THREADS=1} every kernel runs on that thread, so its CPU time is the work done, which
 * other processes on a loaded machine do not inflate as they do wall-clock time. Read it on the
 * thread that started it.
 */
final class Stopwatch {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart;
    private final long cpuStart;

    private Stopwatch() {
        this.wallStart = System.nanoTime();
        this.cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    /** A stopwatch started now on the calling thread. */
    static Stopwatch start() {
        return new Stopwatch();
    }

    /** Wall-clock seconds since the start. */
    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** CPU seconds of the calling thread since the start. */
    double cpuSeconds() {
        return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    }
}
