package dev.gan4j.core.kernel;

import dev.gan4j.core.io.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the default kernel backend by measurement on the machine it runs on: each available
 * backend runs the same short workload (the heavy calls of a DCGAN and an MLP training step, scaled
 * down), and the fastest wins. The choice is cached in a properties file, keyed by the thread count,
 * the candidate backends and the CPU, so it is measured once per machine and thread count (about a
 * second) and every later run, and so every later training, uses the same backend: same seed and
 * thread count, same bits.
 *
 * <p>Processes that start at the same time on a machine with no cached choice agree on one: the
 * first measures while holding a lock file beside the cache, the others wait and read its result.
 *
 * <p>Priorities only order the candidates: a backend that cannot run here is skipped, and the
 * reference backend (priority 0, the test oracle) is never a candidate when another one runs.
 */
public final class KernelCalibration {
    /** Environment variable naming gan4j's home folder (the cache lives under it), else {@code ~/.gan4j}. */
    public static final String HOME_ENV = "GAN4J_HOME";

    private static final String FILE = "kernel-calibration.properties";
    /** Timed rounds per backend; the best round counts. */
    private static final int ROUNDS = 4;

    private final Path cache;
    private final String machine;
    private final Function<KernelBackend, Long> timer;

    /**
     * A calibration cached in {@code cache}, for the machine described by {@code machine}, timing a
     * backend with {@code timer} (nanoseconds, lower is faster).
     */
    KernelCalibration(Path cache, String machine, Function<KernelBackend, Long> timer) {
        this.cache = cache;
        this.machine = machine;
        this.timer = timer;
    }

    /** The calibration of this machine, cached under {@code $GAN4J_HOME} or {@code ~/.gan4j}. */
    static KernelCalibration forThisMachine(Map<String, String> env) {
        String home = env.get(HOME_ENV);
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".gan4j");
        return new KernelCalibration(dir.resolve(FILE), describeMachine(), KernelCalibration::timeWorkload);
    }

    /**
     * The fastest of the backends of {@code providers} that run here, with {@code threads} threads:
     * read from the cache when this machine, thread count and set of candidates were measured before.
     *
     * @throws IllegalStateException when no backend runs here, with each one's reason
     */
    KernelBackend choose(List<KernelBackendProvider> providers, int threads) {
        List<String> reasons = new ArrayList<>();
        List<KernelBackend> candidates = new ArrayList<>();
        for (KernelBackendProvider p : providers) {
            if (p.priority() <= 0 && !candidates.isEmpty()) {
                continue;
            }
            try {
                candidates.add(p.create(threads));
            } catch (KernelUnavailableException e) {
                reasons.add(p.name() + ": " + e.getMessage());
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No kernel backend can run here: " + String.join("; ", reasons));
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String key = key(threads, candidates);
        KernelBackend cached = cached(key, candidates);
        if (cached != null) {
            return cached;
        }
        // processes started together (a test that runs two trainings side by side) must agree on the
        // backend, or their results differ in the last bits: one measures, the others wait and read
        synchronized (KernelCalibration.class) {
            try (FileChannel lock = openLock()) {
                if (lock != null) {
                    lock.lock();
                }
                cached = cached(key, candidates);
                return cached != null ? cached : measure(key, candidates);
            } catch (IOException e) {
                return measure(key, candidates);
            }
        }
    }

    private KernelBackend cached(String key, List<KernelBackend> candidates) {
        String name = read().getProperty(key);
        for (KernelBackend b : candidates) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }

    /** The lock file beside the cache, open for writing, or null where it cannot be created (a read-only home). */
    private FileChannel openLock() {
        try {
            Files.createDirectories(cache.toAbsolutePath().getParent());
            return FileChannel.open(cache.resolveSibling(cache.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return null;
        }
    }

    private KernelBackend measure(String key, List<KernelBackend> candidates) {
        Properties known = read();
        // rounds interleave the backends, so a burst of load elsewhere slows all of them alike; the best round counts
        long[] best = new long[candidates.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < candidates.size(); i++) {
                best[i] = Math.min(best[i], timer.apply(candidates.get(i)));
            }
        }
        KernelBackend fastest = candidates.get(0);
        long fastestNanos = best[0];
        StringBuilder measured = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            measured.append(i == 0 ? "" : ", ").append(candidates.get(i).name()).append(' ').append(best[i] / 1000).append(" us");
            if (best[i] < fastestNanos) {
                fastestNanos = best[i];
                fastest = candidates.get(i);
            }
        }
        known.setProperty(key, fastest.name());
        known.setProperty(key + ".measured", measured.toString());
        write(known);
        return fastest;
    }

    private String key(int threads, List<KernelBackend> candidates) {
        return machine + "|threads=" + threads + "|" + candidates.stream().map(KernelBackend::name)
                .collect(Collectors.joining(","));
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(cache)) {
            try {
                p.load(new StringReader(Files.readString(cache, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable cache is measured again and rewritten
                p.clear();
            }
        }
        return p;
    }

    private void write(Properties p) {
        try {
            Files.createDirectories(cache.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            p.store(text, "gan4j: the fastest kernel backend per machine, thread count and candidates "
                    + "(delete this file to measure again)");
            AtomicFile.write(cache, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            // a read-only home only costs a calibration per run, never a failure
        }
    }

    /** The CPU as the cache key sees it: architecture, core count and model name. */
    static String describeMachine() {
        String model = "";
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.isReadable(cpuinfo)) {
                model = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
            }
        } catch (IOException e) {
            model = "";
        }
        return (System.getProperty("os.arch") + " " + Runtime.getRuntime().availableProcessors() + " cores " + model)
                .replace('|', ' ').trim();
    }

    /**
     * One timed round, after an untimed one, of: the three passes of the DCGAN discriminator's
     * second convolution on 16 images, and the three products of a 784→1024 linear layer on a batch of 64.
     */
    static long timeWorkload(KernelBackend backend) {
        ConvGeometry conv = new ConvGeometry(16, 64, 14, 14, 128, 4, 4, 2, 2, 1, 1);
        Random random = new Random(1);
        float[] x = filled(conv.inputSize(), random);
        float[] w = filled(conv.weightSize(), random);
        float[] y = filled(conv.outputSize(), random);
        float[] dx = new float[conv.inputSize()];
        float[] dw = new float[conv.weightSize()];
        float[] out = new float[conv.outputSize()];
        int batch = 64;
        int in = 784;
        int units = 1024;
        float[] a = filled(batch * in, random);
        float[] weight = filled(units * in, random);
        float[] g = filled(batch * units, random);
        float[] h = new float[batch * units];
        float[] da = new float[batch * in];
        float[] dWeight = new float[units * in];
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            backend.conv2d(conv, x, w, out);
            backend.conv2dInputGrad(conv, y, w, dx);
            backend.conv2dWeightGrad(conv, x, y, dw);
            backend.gemm(false, true, batch, units, in, a, 0, weight, 0, h, 0);
            backend.gemm(false, false, batch, in, units, g, 0, weight, 0, da, 0);
            backend.gemm(true, false, units, in, batch, g, 0, a, 0, dWeight, 0);
            long nanos = System.nanoTime() - start;
            if (round > 0) {
                best = Math.min(best, nanos);
            }
        }
        return best;
    }

    private static float[] filled(int size, Random random) {
        float[] v = new float[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextFloat() - 0.5f;
        }
        return v;
    }
}
