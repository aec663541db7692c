package dev.gan4j.core.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the kernel backends on the classpath and says which one the ops use.
 *
 * <p>The default is chosen once per JVM: {@code GAN4J_KERNELS=<name>} forces one; otherwise the
 * fastest available backend on this machine, by a short measurement cached per machine and thread
 * count ({@link KernelCalibration}), wins. Its thread count is {@code GAN4J_THREADS}, or all cores. Code that needs another backend for a while
 * (tests, {@code gan4j bench}) installs it on its thread with {@link #use(KernelBackend)}.
 */
public final class Kernels {
    /** Environment variable that forces a backend by name. */
    public static final String KERNELS_ENV = "GAN4J_KERNELS";
    /**
     * Environment variable choosing how the default backend is picked when {@link #KERNELS_ENV} is
     * unset: {@code measured} (the default: the fastest here, by {@link KernelCalibration}) or
     * {@code priority} (the highest-priority backend that runs, without measuring, so a machine's load
     * at calibration time cannot change which backend, and so which rounding, a run gets; the tests use it).
     */
    public static final String CHOICE_ENV = "GAN4J_KERNEL_CHOICE";

    /** Environment variable that sets the number of threads. */
    public static final String THREADS_ENV = "GAN4J_THREADS";

    private static final ThreadLocal<KernelBackend> OVERRIDE = new ThreadLocal<>();

    private Kernels() {
    }

    /** The backend the ops on this thread use. */
    public static KernelBackend current() {
        KernelBackend override = OVERRIDE.get();
        return override != null ? override : DefaultHolder.DEFAULT;
    }

    /** Makes the ops on this thread use {@code backend} until the returned scope is closed. */
    public static Scope use(KernelBackend backend) {
        KernelBackend previous = OVERRIDE.get();
        OVERRIDE.set(backend);
        return () -> {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        };
    }

    /** Every provider on the classpath, highest priority first. */
    public static List<KernelBackendProvider> providers() {
        List<KernelBackendProvider> found = new ArrayList<>();
        ServiceLoader.load(KernelBackendProvider.class, Kernels.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(KernelBackendProvider::priority).reversed()
                .thenComparing(KernelBackendProvider::name));
        return found;
    }

    /**
     * Creates the backend called {@code name}.
     *
     * @throws IllegalArgumentException naming the known backends when none has that name
     * @throws KernelUnavailableException when it exists but cannot run here
     */
    public static KernelBackend create(String name, int threads) {
        List<KernelBackendProvider> all = providers();
        for (KernelBackendProvider p : all) {
            if (p.name().equals(name)) {
                return p.create(threads);
            }
        }
        throw new IllegalArgumentException("Unknown kernel backend '" + name + "'. Known backends: "
                + all.stream().map(KernelBackendProvider::name).collect(Collectors.joining(", ")) + ".");
    }

    /**
     * The fastest available backend here with {@code threads} threads, by measurement (cached under
     * {@code $GAN4J_HOME} or {@code ~/.gan4j}; see {@link KernelCalibration}): the default when
     * {@code GAN4J_KERNELS} is unset.
     */
    public static KernelBackend preferred(int threads) {
        return KernelCalibration.forThisMachine(System.getenv()).choose(providers(), threads);
    }

    /**
     * One line for a user starting a run: the backend the ops use, and each other backend that cannot
     * run here with the reason, which says how to make it run. On a machine without OpenBLAS the
     * default is a slower backend and nothing else tells the user so.
     */
    public static String describe(KernelBackend backend) {
        return describe(backend, providers());
    }

    static String describe(KernelBackend backend, List<KernelBackendProvider> providers) {
        StringBuilder line = new StringBuilder("Kernels: ").append(backend);
        for (KernelBackendProvider p : providers) {
            // the reference backend is the test oracle, never a choice worth mentioning
            if (p.priority() <= 0 || p.name().equals(backend.name())) {
                continue;
            }
            try {
                p.create(backend.threads());
            } catch (KernelUnavailableException e) {
                line.append("; ").append(p.name()).append(" cannot run here: ").append(e.getMessage());
            }
        }
        return line.toString();
    }

    /** The available backend with the highest priority, without measuring. */
    public static KernelBackend best(int threads) {
        List<String> reasons = new ArrayList<>();
        for (KernelBackendProvider p : providers()) {
            try {
                return p.create(threads);
            } catch (KernelUnavailableException e) {
                reasons.add(p.name() + ": " + e.getMessage());
            }
        }
        throw new IllegalStateException("No kernel backend can run here: " + String.join("; ", reasons));
    }

    /** The thread count from {@code GAN4J_THREADS}, or the number of cores. */
    public static int defaultThreads() {
        return threadsFrom(System.getenv());
    }

    static int threadsFrom(Map<String, String> env) {
        String value = env.get(THREADS_ENV);
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(value.trim());
            if (threads >= 1) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(THREADS_ENV + " is '" + value + "', but it must be a whole number of "
                + "threads, 1 or more; unset it to use all " + Runtime.getRuntime().availableProcessors() + " cores.");
    }

    static KernelBackend chooseDefault(Map<String, String> env) {
        int threads = threadsFrom(env);
        String forced = env.get(KERNELS_ENV);
        if (forced != null && !forced.isBlank()) {
            return create(forced.trim(), threads);
        }
        String choice = env.getOrDefault(CHOICE_ENV, "measured").trim();
        if (choice.equals("priority")) {
            return best(threads);
        }
        if (!choice.equals("measured") && !choice.isEmpty()) {
            throw new IllegalArgumentException(CHOICE_ENV + " is '" + choice + "', but it must be 'measured' (the "
                    + "fastest backend here) or 'priority' (the highest-priority one, without measuring).");
        }
        return KernelCalibration.forThisMachine(env).choose(providers(), threads);
    }

    /** Restores the previous backend when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Chosen on first use, then fixed for the life of the JVM. */
    private static final class DefaultHolder {
        static final KernelBackend DEFAULT = chooseDefault(System.getenv());
    }
}
