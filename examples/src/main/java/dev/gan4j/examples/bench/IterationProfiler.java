package dev.gan4j.examples.bench;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.autograd.OpProfile;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.kernel.TimedKernelBackend;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Profiles the training iteration of a {@link BenchmarkModel} (the {@code gan4j bench --profile}
 * table): after untimed warm-up iterations, runs the timed ones with an {@link OpProfile} on the
 * calling thread and a {@link TimedKernelBackend} around the backend, and counts the garbage
 * collections and the bytes every thread allocated meanwhile.
 */
public final class IterationProfiler {
    private final BenchmarkModel model;
    private final KernelBackend backend;

    /** A profiler of {@code model} whose heavy ops run on {@code backend}. */
    public IterationProfiler(BenchmarkModel model, KernelBackend backend) {
        this.model = model;
        this.backend = backend;
    }

    /** Runs the untimed iterations of {@code warmUp}, then profiles {@code iterations}. */
    public IterationProfileReport run(WarmUp warmUp, int iterations) {
        OpProfile profile = new OpProfile();
        TrainingStep step;
        try (Kernels.Scope ignored = Kernels.use(backend)) {
            step = model.newTrainingStep();
            warmUp.run(step::run);
        }
        TimedKernelBackend measured = new TimedKernelBackend(backend);
        {
            try (Kernels.Scope inner = Kernels.use(measured)) {
                long gcCount = gcCount();
                long gcMillis = gcMillis();
                long allocated = allThreadsAllocated();
                long cpu = processCpuNanos();
                long start = System.nanoTime();
                try (GradMode.Scope recording = OpProfile.record(profile)) {
                    for (int i = 0; i < iterations; i++) {
                        step.run();
                    }
                }
                long wall = System.nanoTime() - start;
                long cpuUsed = cpu < 0 ? -1 : processCpuNanos() - cpu;
                return new IterationProfileReport(model, backend, iterations, wall, cpuUsed, profile, measured.counts(), measured.countsByShape(),
                        gcCount() - gcCount, gcMillis() - gcMillis, allocated < 0 ? -1 : allThreadsAllocated() - allocated);
            }
        }
    }

    /** CPU time of the whole process (every Java and native thread), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long gcCount() {
        return collectors().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static long gcMillis() {
        return collectors().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static List<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans();
    }

    /** Bytes allocated so far by every live thread, or -1 where the JVM does not count them. */
    private static long allThreadsAllocated() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean sun) || !sun.isThreadAllocatedMemorySupported()) {
            return -1;
        }
        long total = 0;
        for (long bytes : sun.getThreadAllocatedBytes(sun.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }
}
