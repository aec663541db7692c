package dev.gan4j.core.tensor;

/**
 * A small, seedable, splittable random number generator (SplitMix64) whose whole state is one
 * {@code long}, so it can be saved in a checkpoint and restored exactly (a {@link #share} also
 * knows which part it is, which a checkpoint never holds).
 *
 * <p>A run derives everything from one root seed by calling {@link #split()} in a fixed order
 * (initialisation, data order, noise), so the same seed gives the same numbers on every
 * machine and JDK. Not thread-safe: give each thread its own split.
 *
 * <p>{@link #share(int, int)} gives one worker's share of a generator whose draws are divided among
 * workers by example (synchronous data parallelism): each fill returns that worker's part of the
 * fill one machine would have made for all workers' examples together.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;
    /** For a share: this worker's part, of {@link #parts}; 0 of 1 for an ordinary generator. */
    private final int part;
    private final int parts;
    private final boolean shared;
    /** For a share: the draws the whole fills took, so the workers' generators can be moved on together. */
    private long shareDraws;

    /** A generator seeded with {@code seed}. */
    public Rng(long seed) {
        this(seed, 0, 1, false);
    }

    private Rng(long state, int part, int parts, boolean shared) {
        this.state = state;
        this.part = part;
        this.parts = parts;
        this.shared = shared;
    }

    /**
     * Worker {@code part}'s share of this generator (which is left as it is) when every fill is
     * divided into {@code parts} equal parts by example: a fill of {@code n} values returns values
     * {@code [part * n, (part + 1) * n)} of the fill of {@code parts * n} values this generator would
     * make, and moves past all of them, so after the same fills every worker's share is where the
     * one-machine generator would be ({@link #shareDraws()} says how far that is). Single draws
     * ({@code nextLong}, {@code nextInt}, {@code nextGaussian}, ..., {@code split}, {@code shuffle})
     * cannot be divided by example and fail on a share with a sentence.
     *
     * @throws IllegalArgumentException when {@code part} is not in {@code [0, parts)}
     */
    public Rng share(int part, int parts) {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("A share of a generator is part 0 to " + (parts - 1) + " of " + parts
                    + " parts, but part " + part + " was asked for; give a part in that range.");
        }
        if (shared) {
            throw new IllegalStateException("This generator is already a share (part " + this.part + " of "
                    + this.parts + "); share the whole generator instead.");
        }
        return new Rng(state, part, parts, true);
    }

    /** The draws of the whole (undivided) fills this share has made since {@link #share}; 0 for a generator that is no share. */
    public long shareDraws() {
        return shareDraws;
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
        if (shared) {
            throw new IllegalStateException("A single random number was drawn from worker " + part + "'s share of "
                    + "a generator divided among " + parts + " workers by example; single draws (nextInt, "
                    + "nextDouble, nextGaussian, split, shuffle: dropout, augmentation, sample pools) cannot be "
                    + "divided so that the workers together draw what one machine draws, so this training step "
                    + "cannot be exact; train without the exact mode.");
        }
        return draw();
    }

    private long draw() {
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
        if (shared) {
            fillGaussianShare(out, mean, std);
            return;
        }
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

    /**
     * This share's part of {@code fillGaussian} over {@code parts} times as many values: the pairs
     * before the part are skipped, those it overlaps drawn (a pair may straddle two parts), those after
     * skipped, so every value is the one the whole fill gives at that index, bit for bit.
     */
    private void fillGaussianShare(float[] out, double mean, double std) {
        long whole = (long) out.length * parts;
        long from = (long) part * out.length;
        long to = from + out.length;
        long firstPair = from / 2;
        long start = state;
        state += 2 * firstPair * GOLDEN_GAMMA;
        for (long index = 2 * firstPair; index < to; index += 2) {
            double u1 = 1.0 - uniform();
            double u2 = uniform();
            double r = Math.sqrt(-2.0 * Math.log(u1));
            double theta = 2.0 * Math.PI * u2;
            if (index + 1 < whole) {
                put(out, index - from, (float) (mean + std * r * Math.cos(theta)));
                put(out, index + 1 - from, (float) (mean + std * r * Math.sin(theta)));
            } else {
                // the whole fill's odd last value comes from nextGaussian's formula
                put(out, index - from, (float) (mean + std * (r * Math.cos(theta))));
            }
        }
        long draws = gaussianDraws(whole);
        state = start + draws * GOLDEN_GAMMA;
        shareDraws += draws;
    }

    private static void put(float[] out, long index, float value) {
        if (index >= 0 && index < out.length) {
            out[(int) index] = value;
        }
    }

    private double uniform() {
        return (draw() >>> 11) * 0x1.0p-53;
    }

    /** Fills {@code out} with uniform samples in [low, high). */
    public void fillUniform(float[] out, double low, double high) {
        if (shared) {
            long whole = (long) out.length * parts;
            long start = state;
            state += (long) part * out.length * GOLDEN_GAMMA;
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (low + (high - low) * uniform());
            }
            state = start + whole * GOLDEN_GAMMA;
            shareDraws += whole;
            return;
        }
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
