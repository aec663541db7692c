package dev.gan4j.core.kernel;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The system OpenBLAS as loaded through netlib-java's JNI binding ({@code dev.ludovic.netlib:blas},
 * which opens {@code libblas.so.3}), and the size of OpenBLAS's own thread pool.
 *
 * <p>OpenBLAS sizes its pool when the library loads, from {@code OPENBLAS_NUM_THREADS}, else
 * {@code GOTO_NUM_THREADS}, else {@code OMP_NUM_THREADS}, else the number of cores, and never more
 * than the number of cores; the serial build ({@code libopenblas0-serial}) always has one thread.
 * Loading sets the pool to one thread through {@link OpenBlasThreadControl} (netlib-java does not
 * bind {@code openblas_set_num_threads}), so the backend threads every GEMM itself whatever the
 * environment says; only where that binding fails does the environment's size stay.
 */
final class OpenBlasLibrary {
    private static final String INSTALL = "install it with 'apt-get install libopenblas0-pthread' "
            + "(Debian/Ubuntu) or choose another backend with GAN4J_KERNELS=java";

    private final NativeBLAS blas;
    private final int poolThreads;
    private final String path;

    private OpenBlasLibrary(NativeBLAS blas, int poolThreads, String path) {
        this.blas = blas;
        this.poolThreads = poolThreads;
        this.path = path;
    }

    /**
     * Loads the library.
     *
     * @throws KernelUnavailableException when no native BLAS loads, or the one that loads is not OpenBLAS
     */
    static OpenBlasLibrary load() {
        NativeBLAS blas;
        // netlib-java also sets up its pure-Java BLAS, which we never use, and logs a warning when the
        // incubating vector module is absent; keep that out of the user's log while loading.
        Logger netlibLog = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
        Level previous = netlibLog.getLevel();
        netlibLog.setLevel(Level.SEVERE);
        try {
            blas = NativeBLAS.getInstance();
        } catch (RuntimeException | LinkageError e) {
            throw new KernelUnavailableException("The native BLAS library libblas.so.3 did not load (" + e.getMessage()
                    + "); " + INSTALL + ".", e);
        } finally {
            netlibLog.setLevel(previous);
        }
        Optional<String> loaded = loadedBlasPath();
        if (loaded.isPresent() && !loaded.get().toLowerCase(Locale.ROOT).contains("openblas")) {
            throw new KernelUnavailableException("libblas.so.3 is " + loaded.get() + ", which is not OpenBLAS; "
                    + INSTALL + ", and select it with 'update-alternatives --config libblas.so.3-x86_64-linux-gnu'.");
        }
        String path = loaded.orElse("libblas.so.3");
        if (path.contains("openblas-serial")) {
            return new OpenBlasLibrary(blas, 1, path);
        }
        return new OpenBlasLibrary(blas, singleThreaded(path).orElseGet(
                () -> poolThreads(System.getenv(), Runtime.getRuntime().availableProcessors())), path);
    }

    /**
     * Sets OpenBLAS's own pool to one thread ({@link OpenBlasThreadControl}) and returns the count
     * it then reports, or empty when its functions could not be bound: then the pool keeps the size
     * the environment gave it at load.
     */
    private static Optional<Integer> singleThreaded(String path) {
        return OpenBlasThreadControl.bind(path).map(control -> {
            control.setThreads(1);
            return control.threads();
        });
    }

    /**
     * The same library described with another pool size: lets tests run the backend's
     * cut-in-Java path whatever OPENBLAS_NUM_THREADS says (the results stay correct; only the
     * thread count is then not what the backend reports).
     */
    OpenBlasLibrary withPoolThreads(int threads) {
        return new OpenBlasLibrary(blas, threads, path);
    }

    /** The netlib-java binding: column-major sgemm on Java arrays, without copying them. */
    NativeBLAS blas() {
        return blas;
    }

    /** The number of threads OpenBLAS runs each large call on. */
    int poolThreads() {
        return poolThreads;
    }

    /** Where the library was loaded from. */
    String path() {
        return path;
    }

    /** OpenBLAS's pool size for this environment, as it computes it at load. */
    static int poolThreads(Map<String, String> env, int cores) {
        for (String name : List.of("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")) {
            String value = env.get(name);
            if (value == null) {
                continue;
            }
            try {
                int threads = Integer.parseInt(value.trim());
                if (threads > 0) {
                    return Math.min(threads, cores);
                }
            } catch (NumberFormatException e) {
                // OpenBLAS reads an unparsable value as 0, "not set", and moves on to the next variable.
            }
        }
        return cores;
    }

    /** The file the process mapped for libblas.so.3, where the platform says (Linux's /proc/self/maps). */
    private static Optional<String> loadedBlasPath() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(maps);
            Optional<String> openblas = lines.stream().map(OpenBlasLibrary::mappedFile)
                    .filter(f -> f.toLowerCase(Locale.ROOT).contains("openblas")).findFirst();
            if (openblas.isPresent()) {
                return openblas;
            }
            return lines.stream().map(OpenBlasLibrary::mappedFile).filter(f -> f.contains("libblas")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String mappedFile(String mapsLine) {
        int slash = mapsLine.indexOf('/');
        return slash < 0 ? "" : mapsLine.substring(slash).trim();
    }
}
