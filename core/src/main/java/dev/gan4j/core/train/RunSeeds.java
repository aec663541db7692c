package dev.gan4j.core.train;

import dev.gan4j.core.tensor.Rng;

/**
 * The random generators of a run, all derived from one root seed by splitting
 * {@code new Rng(seed)} in this documented order:
 * <ol>
 *   <li>{@link #initialisation()}: the networks' initial weights (give it to
 *       {@link dev.gan4j.core.spi.GanFamily#build});</li>
 *   <li>{@link #dataOrder()}: the order of the training examples (the data stream's own);</li>
 *   <li>{@link #noise()}: everything random inside the training phases (latent noise, penalty
 *       interpolation);</li>
 *   <li>{@link #sampleNoise()}: the fixed noise of the sample grids, drawn once so grids are
 *       comparable over a run;</li>
 *   <li>{@link #referenceData()}: the real points drawn under 2-D scatter plots;</li>
 *   <li>{@link #evaluation()}: the fixed noise of the evaluations during training, and the
 *       subsets of their kernel distance.</li>
 * </ol>
 * Each method returns a fresh generator at the split's starting state, so asking twice (a resumed
 * run rebuilding its system, say) gives the same numbers. Splits added later come after these, so
 * the existing ones never change.
 */
public final class RunSeeds {
    private final long seed;
    private final long initialisation;
    private final long dataOrder;
    private final long noise;
    private final long sampleNoise;
    private final long referenceData;
    private final long evaluation;

    private RunSeeds(long seed) {
        this.seed = seed;
        Rng root = new Rng(seed);
        this.initialisation = root.split().state();
        this.dataOrder = root.split().state();
        this.noise = root.split().state();
        this.sampleNoise = root.split().state();
        this.referenceData = root.split().state();
        this.evaluation = root.split().state();
    }

    /** The generators of a run with root seed {@code seed}. */
    public static RunSeeds of(long seed) {
        return new RunSeeds(seed);
    }

    /** The root seed. */
    public long seed() {
        return seed;
    }

    /** Split 1: weight initialisation. */
    public Rng initialisation() {
        return Rng.fromState(initialisation);
    }

    /** Split 2: the data order. */
    public Rng dataOrder() {
        return Rng.fromState(dataOrder);
    }

    /** Split 3: the training noise. */
    public Rng noise() {
        return Rng.fromState(noise);
    }

    /** Split 4: the fixed noise of sample grids. */
    public Rng sampleNoise() {
        return Rng.fromState(sampleNoise);
    }

    /** Split 5: the real data under scatter plots. */
    public Rng referenceData() {
        return Rng.fromState(referenceData);
    }

    /** Split 6: the noise of evaluations during training. */
    public Rng evaluation() {
        return Rng.fromState(evaluation);
    }
}
