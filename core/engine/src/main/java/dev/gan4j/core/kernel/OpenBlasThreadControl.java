package dev.gan4j.core.kernel;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

import java.util.Optional;

/**
 * OpenBLAS's own thread count, read and set through JNA ({@code openblas_get_num_threads} and
 * {@code openblas_set_num_threads}, which netlib-java does not bind), on the library file the
 * process already mapped.
 *
 * <p>Why the backend sets it to one: OpenBLAS's pthread build sizes its pool from the number of
 * cores when nothing says otherwise, and its threads spin between calls, as the backend's own
 * workers do. With both pools spinning on a 2-core machine, a two-thread training step took
 * 61 ms instead of 8–16 (MLP) and 150–173 ms instead of 100 (DCGAN); with OpenBLAS on one thread and the
 * backend cutting every GEMM over its own workers, the cut is also the same for every thread count
 * the backend is asked for, so no environment variable has to match {@code GAN4J_THREADS}.
 */
final class OpenBlasThreadControl {
    private final Function getThreads;
    private final Function setThreads;

    private OpenBlasThreadControl(Function getThreads, Function setThreads) {
        this.getThreads = getThreads;
        this.setThreads = setThreads;
    }

    /**
     * Binds the two functions in {@code libraryPath} (a path, or a name the dynamic loader finds),
     * or empty when JNA is missing or cannot load, the library cannot be opened, or it lacks them.
     */
    static Optional<OpenBlasThreadControl> bind(String libraryPath) {
        try {
            NativeLibrary library = NativeLibrary.getInstance(libraryPath);
            return Optional.of(new OpenBlasThreadControl(library.getFunction("openblas_get_num_threads"),
                    library.getFunction("openblas_set_num_threads")));
        } catch (LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The number of threads OpenBLAS runs each large call on now. */
    int threads() {
        return getThreads.invokeInt(new Object[0]);
    }

    /** Makes OpenBLAS run every call on {@code threads} threads from now on (for the whole process). */
    void setThreads(int threads) {
        setThreads.invokeVoid(new Object[] {threads});
    }
}
