package dev.gan4j.core.tensor;

/**
 * A small, seedable, splittable random number generator (SplitMix64) whose whole state is one
 * {@code long}, so it can be saved in a checkpoint and restored exactly.
 *
 * <p>A run derives everything from one root seed by calling {@link #split()} in a fixed order
 * (initialisation, data order, noise), so the same seed gives the same numbers on every
 * machine and JDK. Not thread-safe: give each thread its own split.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /** A generator seeded with {@code seed}. */
    public Rng(long seed) {
        this.state = seed;
    }

    /** Restores a generator from a value returned by {@link #state()}. */
    public static Rng fromState(long state) {
        return new Rng(state);
    }

    /** The generator's whole state; {@link #fromState(long)} continues the same sequence. */
    public long state() {
        return state;
    }

    /**
     * Advances the generator in constant time as {@code draws} calls of {@link #nextLong()} would,
     * so a stream can be cut into parts that are drawn apart (one part per Spark partition, say)
     * and still give exactly the numbers of one pass. Each {@code nextDouble}, {@code nextFloat}
     * and {@code nextInt} is one draw; {@link #fillGaussian} takes {@link #gaussianDraws} of them.
     */
    public void skip(long draws) {
        state += draws * GOLDEN_GAMMA;
    }

    /** The draws {@link #fillGaussian} takes for {@code count} values: two per pair, two for an odd last one. */
    public static long gaussianDraws(long count) {
        return 2 * ((count + 1) / 2);
    }

    /** An independent generator; advances this one by one step. */
    public Rng split() {
        return new Rng(mix(nextLong() ^ 0x5851f42d4c957f2dL));
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, 1). */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("The bound of nextInt must be positive, but was " + bound + ".");
        }
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** A standard normal sample (Box-Muller; one of the pair is discarded so the state stays one long). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Fills {@code out} with normal samples of the given mean and standard deviation, using both of each pair. */
    public void fillGaussian(float[] out, double mean, double std) {
        int i = 0;
        for (; i + 1 < out.length; i += 2) {
            double u1 = 1.0 - nextDouble();
            double u2 = nextDouble();
            double r = Math.sqrt(-2.0 * Math.log(u1));
            double theta = 2.0 * Math.PI * u2;
            out[i] = (float) (mean + std * r * Math.cos(theta));
            out[i + 1] = (float) (mean + std * r * Math.sin(theta));
        }
        if (i < out.length) {
            out[i] = (float) (mean + std * nextGaussian());
        }
    }

    /** Fills {@code out} with uniform samples in [low, high). */
    public void fillUniform(float[] out, double low, double high) {
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (low + (high - low) * nextDouble());
        }
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
