package dev.gan4j.core.data;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * A mixture of equally likely isotropic 2-D Gaussians with one standard deviation: the toy data
 * on which a GAN's mode collapse can be seen and measured. There is no fixed set of examples:
 * every batch is sampled afresh (pick a mode uniformly, add Gaussian noise), so the data is
 * endless and the stream's position is its generator's state.
 *
 * <p>The two standard mixtures are those of the synthetic experiments of the unrolled-GAN paper
 * (Metz et al., 2017; the ring), VEEGAN (Srivastava et al., 2017, §5.1; ring and grid) and PacGAN
 * (Lin et al., 2018, §5; ring and grid): {@link #ring8} puts 8 modes evenly on a circle of radius 2 with standard
 * deviation 0.02 (the {@code sample_mog(n_mixture=8, std=0.02, radius=2.0)} of the public VEEGAN
 * and unrolled-GAN experiment code); {@link #grid25} puts 25 modes on the grid
 * {-4, -2, 0, 2, 4}² with standard deviation 0.05 (PacGAN's {@code 2DGrid} config,
 * {@code itertools.product(range(-4, 5, 2), range(-4, 5, 2))}, variance {@code 0.05 ** 2}). The
 * {@link dev.gan4j.core.eval.MixtureCoverage} metric scores samples against {@link #modes()} and
 * {@link #std()}.
 */
public final class GaussianMixture implements Dataset {
    /** The radius of {@link #ring8}'s circle before scaling. */
    public static final double RING_RADIUS = 2.0;
    /** The standard deviation of each of {@link #ring8}'s modes before scaling. */
    public static final double RING_STD = 0.02;
    /** The spacing of {@link #grid25}'s grid before scaling (modes at -4, -2, 0, 2, 4). */
    public static final double GRID_SPACING = 2.0;
    /** The standard deviation of each of {@link #grid25}'s modes before scaling. */
    public static final double GRID_STD = 0.05;

    private final String name;
    private final double[][] modes;
    private final double std;
    private final boolean labelled;

    /**
     * A mixture of the given modes (each an (x, y) pair), all with standard deviation {@code std}.
     *
     * @param labelled whether batches carry each sample's mode index as its label
     */
    public GaussianMixture(String name, double[][] modes, double std, boolean labelled) {
        this.name = Objects.requireNonNull(name, "name");
        if (modes.length == 0) {
            throw new IllegalArgumentException("The mixture " + name + " needs at least one mode, but none was given.");
        }
        this.modes = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            if (modes[k].length != 2) {
                throw new IllegalArgumentException("Mode " + k + " of the mixture " + name + " is "
                        + Arrays.toString(modes[k]) + ", but each mode is a 2-D point (x, y).");
            }
            this.modes[k] = modes[k].clone();
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("The standard deviation of the mixture " + name + " is " + std
                    + ", but it must be a positive number.");
        }
        this.std = std;
        this.labelled = labelled;
    }

    /** 8 modes evenly on a circle of radius {@code 2 × scale}, the first at angle 0, each with std {@code 0.02 × scale}. */
    public static GaussianMixture ring8(double scale, boolean labelled) {
        double[][] modes = new double[8][];
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            modes[k] = new double[] {RING_RADIUS * scale * Math.cos(angle), RING_RADIUS * scale * Math.sin(angle)};
        }
        return new GaussianMixture("ring8", modes, RING_STD * scale, labelled);
    }

    /** 25 modes on the grid {-4, -2, 0, 2, 4}² times {@code scale}, row by row, each with std {@code 0.05 × scale}. */
    public static GaussianMixture grid25(double scale, boolean labelled) {
        double[][] modes = new double[25][];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                modes[5 * i + j] = new double[] {(i - 2) * GRID_SPACING * scale, (j - 2) * GRID_SPACING * scale};
            }
        }
        return new GaussianMixture("grid25", modes, GRID_STD * scale, labelled);
    }

    /** The mixture's name ({@code "ring8"}, {@code "grid25"}). */
    public String name() {
        return name;
    }

    /** The centres of the modes, each a fresh (x, y) array. */
    public double[][] modes() {
        double[][] copy = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            copy[k] = modes[k].clone();
        }
        return copy;
    }

    /** The number of modes. */
    public int modeCount() {
        return modes.length;
    }

    /** The standard deviation of every mode (in both coordinates). */
    public double std() {
        return std;
    }

    /** Whether batches carry each sample's mode index as its label. */
    public boolean labelled() {
        return labelled;
    }

    /** Samples of shape [2]; as many classes as modes when labelled, none otherwise. */
    @Override
    public DataSpec spec() {
        return new DataSpec(name, new int[] {2}, labelled ? modes.length : 0);
    }

    @Override
    public String description() {
        return name + ": " + modes.length + " 2-D Gaussian modes with std " + std + ", sampled afresh each batch"
                + (labelled ? ", labelled by mode" : "");
    }

    /** {@code n} samples, [n, 2], drawn with {@code rng}; their modes go into {@code modeOut} when it is not null. */
    public Tensor sample(int n, Rng rng, int[] modeOut) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of samples must be at least 1, but was " + n + ".");
        }
        float[] values = new float[2 * n];
        int[] chosen = modeOut != null ? modeOut : new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = rng.nextInt(modes.length);
        }
        rng.fillGaussian(values, 0, std);
        for (int i = 0; i < n; i++) {
            double[] mode = modes[chosen[i]];
            values[2 * i] = (float) (mode[0] + values[2 * i]);
            values[2 * i + 1] = (float) (mode[1] + values[2 * i + 1]);
        }
        return Tensor.of(values, n, 2);
    }

    /** An endless stream of fresh samples; its position is the state of {@code rng}, which it uses alone. */
    @Override
    public BatchStream batches(int batchSize, Rng rng) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, but was " + batchSize + ".");
        }
        return new MixtureBatchStream(batchSize, Objects.requireNonNull(rng, "rng"));
    }

    @Override
    public String toString() {
        return description();
    }

    /** Fresh samples each batch; the whole position is one generator state. */
    private final class MixtureBatchStream implements BatchStream {
        private final int batchSize;
        private Rng rng;

        MixtureBatchStream(int batchSize, Rng rng) {
            this.batchSize = batchSize;
            this.rng = rng;
        }

        @Override
        public Batch next() {
            int[] labels = new int[batchSize];
            Tensor inputs = sample(batchSize, rng, labels);
            return new Batch(inputs, labelled ? labels : null);
        }

        @Override
        public long[] state() {
            return new long[] {rng.state()};
        }

        @Override
        public void restore(long[] state) {
            Objects.requireNonNull(state, "state");
            if (state.length != 1) {
                throw new IllegalArgumentException("The data-stream position " + Arrays.toString(state) + " is not the "
                        + "position of a " + name + " stream, which is one number (the generator state); restore a "
                        + "position saved by a run on " + name + ".");
            }
            rng = Rng.fromState(state[0]);
        }
    }
}
