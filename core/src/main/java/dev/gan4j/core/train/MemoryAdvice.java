package dev.gan4j.core.train;

import java.util.Locale;

/**
 * The words gan4j uses when memory does not suffice: a byte count a person reads at a glance, and
 * how to give the JVM more heap or need less. One place, so the refusal before a run starts and the
 * report of an {@link OutOfMemoryError} that still happens give the same advice.
 */
public final class MemoryAdvice {
    /** The environment variable the {@code gan4j} script passes to {@code java} as options. */
    public static final String JAVA_OPTIONS_VARIABLE = "GAN4J_JAVA_OPTS";

    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private MemoryAdvice() {
    }

    /** {@code bytes} as GiB with one decimal from 1 GiB up, else as whole MiB (at least 1). */
    public static String format(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
        }
        return Math.max(1, (bytes + MIB - 1) / MIB) + " MiB";
    }

    /**
     * How to fit: a heap setting at least {@code neededBytes} plus a quarter (rounded up to whole GiB,
     * at least twice the present {@code maxHeapBytes} when nothing is known of the need), or a
     * smaller config. The clause has no final full stop, so callers can end their sentence.
     *
     * @param neededBytes what is needed, or 0 when unknown
     */
    public static String howToFit(long maxHeapBytes, long neededBytes) {
        long target = neededBytes > 0 ? neededBytes + neededBytes / 4 : 2 * maxHeapBytes;
        long gib = Math.max(1, (target + GIB - 1) / GIB);
        return "give the JVM more heap (for the gan4j script: " + JAVA_OPTIONS_VARIABLE + "=-Xmx" + gib + "g; with java"
                + " itself: -Xmx" + gib + "g) or make the job smaller (narrower or fewer network layers, a smaller"
                + " batchSize, fewer samples at once)";
    }

    /** {@link #howToFit(long, long)} when the need is unknown. */
    public static String howToFit(long maxHeapBytes) {
        return howToFit(maxHeapBytes, 0);
    }
}
