package dev.gan4j.examples.bench;

import dev.gan4j.core.autograd.OpProfile;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.TimedKernelBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link IterationProfiler}: per op and pass, kernel and section, the calls, time and
 * bytes allocated per iteration, with the garbage collections; {@link #table()} prints it the way
 * torch.profiler's key-averages table does. Calls and bytes do not depend on the machine's load;
 * times do.
 *
 * @param model       the profiled model
 * @param backend     the kernel backend it ran on
 * @param iterations  the number of profiled iterations
 * @param wallNanos   their total wall time
 * @param cpuNanos    the CPU time the whole process used meanwhile, all threads (native ones too), or -1
 * @param ops         the op profile of the calling thread
 * @param kernels     the kernel calls (their time is included in the ops')
 * @param kernelShapes the same calls split by shape
 * @param gcCount     garbage collections during the profiled iterations
 * @param gcMillis    their accumulated time, as the JVM reports it
 * @param allThreadsBytes bytes allocated by all threads during the profiled iterations (-1 if unknown)
 */
public record IterationProfileReport(BenchmarkModel model, KernelBackend backend, int iterations, long wallNanos, long cpuNanos,
                                     OpProfile ops, Map<String, TimedKernelBackend.Counts> kernels,
                                     Map<String, TimedKernelBackend.Counts> kernelShapes,
                                     long gcCount, long gcMillis, long allThreadsBytes) {

    /** How many kernel shapes the by-shape table lists. */
    static final int SHAPES_SHOWN = 12;
    private static final int SHAPE_WIDTH = 52;

    /** One row of the op table. */
    private record Row(String pass, String name, OpProfile.Entry entry) {
    }

    /** The table, one line per row, per-iteration figures. */
    public String table() {
        double perIter = iterations;
        double wallMs = wallNanos / 1e6 / perIter;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "profile: %s on %s, %d threads, %d iterations; per iteration %.2f ms wall, "
                        + "%.2f ms CPU (all threads of the process)%n", model.id(), backend.name(), backend.threads(), iterations,
                wallMs, cpuNanos < 0 ? Double.NaN : cpuNanos / 1e6 / perIter));
        out.append(String.format(Locale.ROOT, "%-9s %-28s %9s %10s %7s %12s%n", "pass", "op", "calls/it", "ms/it", "%",
                "alloc MB/it"));
        List<Row> rows = new ArrayList<>();
        ops.forward().forEach((k, v) -> rows.add(new Row("forward", k, v)));
        ops.backward().forEach((k, v) -> rows.add(new Row("backward", k, v)));
        ops.sections().forEach((k, v) -> rows.add(new Row("section", k, v)));
        rows.sort(Comparator.comparingLong((Row r) -> r.entry().nanos()).reversed());
        long totalNanos = 0;
        long totalBytes = 0;
        for (Row r : rows) {
            totalNanos += r.entry().nanos();
            totalBytes += Math.max(0, r.entry().bytes());
            out.append(String.format(Locale.ROOT, "%-9s %-28s %9.1f %10.3f %6.1f%% %12.3f%n", r.pass(), r.name(),
                    r.entry().calls() / perIter, r.entry().nanos() / 1e6 / perIter,
                    100.0 * r.entry().nanos() / wallNanos, r.entry().bytes() / perIter / 1e6));
        }
        out.append(String.format(Locale.ROOT, "%-9s %-28s %9s %10.3f %6.1f%% %12.3f%n", "total", "(calling thread)", "",
                totalNanos / 1e6 / perIter, 100.0 * totalNanos / wallNanos, totalBytes / perIter / 1e6));
        appendHeader(out, "kernel (time included above)", 38);
        appendKernelRows(out, kernels, 38, perIter);
        appendHeader(out, "kernel by shape, the " + SHAPES_SHOWN + " slowest", SHAPE_WIDTH);
        appendKernelRows(out, topShapes(), SHAPE_WIDTH, perIter);
        out.append(String.format(Locale.ROOT, "%ngc: %d collections, %d ms over the %d iterations (%.2f ms per iteration); "
                        + "allocated by all threads: %.3f MB per iteration%n", gcCount, gcMillis, iterations,
                gcMillis / perIter, allThreadsBytes < 0 ? Double.NaN : allThreadsBytes / perIter / 1e6));
        return out.toString();
    }

    /** The {@value #SHAPES_SHOWN} kernel shapes that took the most time, slowest first. */
    private Map<String, TimedKernelBackend.Counts> topShapes() {
        Map<String, TimedKernelBackend.Counts> top = new LinkedHashMap<>();
        kernelShapes.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, TimedKernelBackend.Counts> e) -> e.getValue().nanos()).reversed())
                .limit(SHAPES_SHOWN).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static void appendHeader(StringBuilder out, String title, int width) {
        out.append(String.format(Locale.ROOT, "%n%-" + width + "s %9s %10s %7s %12s%n", title, "calls/it", "ms/it", "%",
                "GFLOP/s"));
    }

    private void appendKernelRows(StringBuilder out, Map<String, TimedKernelBackend.Counts> rows, int width, double perIter) {
        for (Map.Entry<String, TimedKernelBackend.Counts> e : rows.entrySet()) {
            TimedKernelBackend.Counts c = e.getValue();
            out.append(String.format(Locale.ROOT, "%-" + width + "s %9.1f %10.3f %6.1f%% %12.1f%n", e.getKey(),
                    c.calls() / perIter, c.nanos() / 1e6 / perIter, 100.0 * c.nanos() / wallNanos,
                    c.nanos() == 0 ? 0.0 : 2.0 * c.multiplyAdds() / c.nanos()));
        }
    }
}
