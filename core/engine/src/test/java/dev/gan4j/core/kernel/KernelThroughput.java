package dev.gan4j.core.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures GFLOP/s of each backend's gemm and three convolution passes at the shapes of the
 * reference DCGAN and MLP GAN (batch 64). A plain program, not a test: it asserts nothing.
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:$(deps) dev.gan4j.core.kernel.KernelThroughput \
 *     [--backends java,openblas] [--threads 1,2] [--rounds 5] [--millis 40] [--only "cyc res"]
 * </pre>
 *
 * Each figure is the best of {@code rounds} timings, each timing at least {@code millis} ms of
 * back-to-back calls after a warm-up; the rounds go through every backend in turn, so a burst of
 * load elsewhere on the machine hits them alike. A backend that cannot run (OpenBLAS with a thread
 * count its pool rules out) is reported as n/a with the reason.
 */
public final class KernelThroughput {
    private KernelThroughput() {
    }

    /** One timed operation: its label, its multiply-add count, whether it counts in the DCGAN total, and the call. */
    private record Workload(String label, long multiplyAdds, boolean dcgan, Op op) {
    }

    @FunctionalInterface
    private interface Op {
        void run(KernelBackend backend);
    }

    /** Runs the measurement and prints a Markdown table of GFLOP/s. */
    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        List<String> names = List.of(options.getOrDefault("backends", "java,openblas").split(","));
        int[] threadCounts = Arrays.stream(options.getOrDefault("threads", "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        long millis = Long.parseLong(options.getOrDefault("millis", "40"));

        Map<String, KernelBackend> backends = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (String name : names) {
            for (int threads : threadCounts) {
                String column = name + "/" + threads;
                try {
                    backends.put(column, Kernels.create(name, threads));
                } catch (KernelUnavailableException e) {
                    unavailable.put(column, e.getMessage());
                }
            }
        }
        String only = options.getOrDefault("only", "");
        List<Workload> workloads = workloads().stream().filter(w -> w.label().contains(only)).toList();
        double[][] best = new double[workloads.size()][backends.size()];
        for (int round = 0; round < rounds; round++) {
            for (int w = 0; w < workloads.size(); w++) {
                int b = 0;
                for (KernelBackend backend : backends.values()) {
                    best[w][b] = Math.max(best[w][b], gflops(workloads.get(w), backend, millis));
                    b++;
                }
            }
            System.err.println("round " + (round + 1) + " of " + rounds + " done");
        }
        print(workloads, backends, unavailable, best, rounds);
    }

    private static List<Workload> workloads() {
        Random random = new Random(1);
        List<Workload> list = new ArrayList<>();
        gemm(list, random, "linear G in   64x100 · 100x6272", true, false, false, 64, 6272, 100);
        gemm(list, random, "  its dW      100x64ᵀ · 64x6272", true, true, false, 100, 6272, 64);
        gemm(list, random, "  its dX      64x6272 · 100x6272ᵀ", true, false, true, 64, 100, 6272);
        gemm(list, random, "linear D out  64x6272 · 6272x1", true, false, false, 64, 1, 6272);
        gemm(list, random, "MLP D in      64x784 · 784x512", false, false, false, 64, 512, 784);
        gemm(list, random, "MLP D in, W[out,in]  64x784 · 512x784ᵀ", false, false, true, 64, 512, 784);
        gemm(list, random, "MLP hidden    64x512 · 512x512", false, false, false, 64, 512, 512);
        gemm(list, random, "MLP G out     64x512 · 512x784", false, false, false, 64, 784, 512);
        conv(list, random, "D conv1 1→64 28x28 / G convT2", new ConvGeometry(64, 1, 28, 28, 64, 4, 4, 2, 2, 1, 1));
        conv(list, random, "D conv2 64→128 14x14 / G convT1", new ConvGeometry(64, 64, 14, 14, 128, 4, 4, 2, 2, 1, 1));
        // CycleGAN (batch 4): a residual block's 3x3 convolution on the reflection-padded 9x9 map, the PatchGAN's
        // third convolution, the generator's first (7x7 on the padded 34x34 image) and its 3x3 stride-2 downsampling
        gemm(list, random, "cyc res as GEMM 128x1152 · 1152x196", false, false, false, 128, 196, 1152);
        conv(list, random, "cyc res 128→128 3x3 9x9", new ConvGeometry(4, 128, 9, 9, 128, 3, 3, 1, 1, 0, 0), false);
        conv(list, random, "cyc D3 128→256 4x4 s1 7x7", new ConvGeometry(4, 128, 7, 7, 256, 4, 4, 1, 1, 1, 1), false);
        conv(list, random, "cyc G in 1→32 7x7 34x34", new ConvGeometry(4, 1, 34, 34, 32, 7, 7, 1, 1, 0, 0), false);
        conv(list, random, "cyc G down 32→64 3x3 s2 28x28", new ConvGeometry(4, 32, 28, 28, 64, 3, 3, 2, 2, 1, 1), false);
        return list;
    }

    private static void gemm(List<Workload> list, Random random, String label, boolean dcgan, boolean ta, boolean tb,
                             int m, int n, int k) {
        float[] a = dev.gan4j.core.kernel.KernelBackendContract.gaussian(random, m * k);
        float[] b = dev.gan4j.core.kernel.KernelBackendContract.gaussian(random, k * n);
        float[] c = new float[m * n];
        list.add(new Workload("gemm " + label, (long) m * n * k, dcgan, backend -> backend.gemm(ta, tb, m, n, k, a, 0, b, 0, c, 0)));
    }

    private static void conv(List<Workload> list, Random random, String label, ConvGeometry g) {
        conv(list, random, label, g, true);
    }

    private static void conv(List<Workload> list, Random random, String label, ConvGeometry g, boolean dcgan) {
        float[] x = dev.gan4j.core.kernel.KernelBackendContract.gaussian(random, g.inputSize());
        float[] w = dev.gan4j.core.kernel.KernelBackendContract.gaussian(random, g.weightSize());
        float[] y = dev.gan4j.core.kernel.KernelBackendContract.gaussian(random, g.outputSize());
        float[] dx = new float[g.inputSize()];
        float[] dw = new float[g.weightSize()];
        list.add(new Workload(label + " forward", g.multiplyAdds(), dcgan, backend -> backend.conv2d(g, x, w, y)));
        list.add(new Workload(label + " input grad (convT fwd)", g.multiplyAdds(), dcgan, backend -> backend.conv2dInputGrad(g, y, w, dx)));
        list.add(new Workload(label + " weight grad", g.multiplyAdds(), dcgan, backend -> backend.conv2dWeightGrad(g, x, y, dw)));
    }

    /** GFLOP/s of back-to-back calls for at least {@code millis} ms, after a warm-up of the same length. */
    private static double gflops(Workload workload, KernelBackend backend, long millis) {
        long budget = millis * 1_000_000L;
        long warmEnd = System.nanoTime() + budget;
        while (System.nanoTime() < warmEnd) {
            workload.op().run(backend);
        }
        long calls = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            workload.op().run(backend);
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return 2.0 * workload.multiplyAdds() * calls / elapsed;
    }

    private static void print(List<Workload> workloads, Map<String, KernelBackend> backends, Map<String, String> unavailable,
                              double[][] best, int rounds) {
        StringBuilder out = new StringBuilder();
        out.append("GFLOP/s, best of ").append(rounds).append(" rounds; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; OPENBLAS_NUM_THREADS=")
                .append(System.getenv().getOrDefault("OPENBLAS_NUM_THREADS", "(unset)")).append('\n');
        out.append("| workload | MMAC |");
        backends.keySet().forEach(column -> out.append(' ').append(column).append(" |"));
        out.append('\n').append("|---|---:|");
        backends.keySet().forEach(column -> out.append("---:|"));
        out.append('\n');
        for (int w = 0; w < workloads.size(); w++) {
            out.append("| ").append(workloads.get(w).label()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", workloads.get(w).multiplyAdds() / 1e6)).append(" |");
            for (int b = 0; b < backends.size(); b++) {
                out.append(String.format(Locale.ROOT, " %.1f |", best[w][b]));
            }
            out.append('\n');
        }
        out.append("| ms for one of each DCGAN workload (linear G in ×3, linear D out, conv ×6) | |");
        for (int b = 0; b < backends.size(); b++) {
            double millis = 0;
            for (int w = 0; w < workloads.size(); w++) {
                if (workloads.get(w).dcgan()) {
                    millis += 2.0 * workloads.get(w).multiplyAdds() / best[w][b] / 1e6;
                }
            }
            out.append(String.format(Locale.ROOT, " %.2f |", millis));
        }
        out.append('\n');
        unavailable.forEach((column, reason) -> out.append(column).append(": n/a, ").append(reason).append('\n'));
        System.out.print(out);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected options '--name value' (backends, threads, rounds, millis, "
                        + "only), but got '" + args[i] + "'.");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
