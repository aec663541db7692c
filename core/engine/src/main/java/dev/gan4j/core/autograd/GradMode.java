package dev.gan4j.core.autograd;

/**
 * Whether ops record the graph for backpropagation, per thread.
 *
 * <p>Recording is on by default. Sampling, evaluation and optimiser updates run inside
 * {@code try (var scope = GradMode.noGrad()) { ... }}, which turns it off for the current
 * thread until the scope closes. The flag is thread-confined, so two threads (or two
 * trainers) never see each other's setting.
 */
public final class GradMode {
    private static final ThreadLocal<boolean[]> ENABLED = ThreadLocal.withInitial(() -> new boolean[] {true});

    private GradMode() {
    }

    /** Whether the current thread records ops for backpropagation. */
    public static boolean isEnabled() {
        return ENABLED.get()[0];
    }

    /** Turns recording off on this thread until the returned scope is closed. */
    public static Scope noGrad() {
        return set(false);
    }

    /** Turns recording on or off on this thread until the returned scope is closed. */
    public static Scope set(boolean enabled) {
        boolean[] flag = ENABLED.get();
        boolean previous = flag[0];
        flag[0] = enabled;
        return () -> flag[0] = previous;
    }

    /** Restores the previous recording state when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
