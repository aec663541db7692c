package dev.gan4j.core.eval;

import dev.gan4j.core.data.GaussianMixture;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scores 2-D samples against a Gaussian mixture with known modes and one standard deviation: how
 * many modes the samples cover, and what fraction of them are of high quality.
 *
 * <p>The definitions are those of the synthetic experiments of VEEGAN (Srivastava et al., "VEEGAN:
 * Reducing mode collapse in GANs using implicit variational learning", NeurIPS 2017, §5.1) and
 * PacGAN (Lin et al., "PacGAN: The power of two samples in generative adversarial networks",
 * NeurIPS 2018, §5), which measure mode collapse on the ring and grid mixtures of the
 * unrolled-GAN paper (Metz et al., ICLR 2017):
 * <ul>
 *   <li>each sample is registered to its nearest mode (Euclidean distance);</li>
 *   <li>a sample is <em>high quality</em> when it lies within three standard deviations of that
 *       mode ({@code distance <= 3 std});</li>
 *   <li>a mode is <em>covered</em> when at least a minimum number of high-quality samples are
 *       registered to it. By default that minimum is a fifth of the number each mode would get
 *       from the true mixture ({@code N / modes / 5}, at least 1): PacGAN's rule, under which a
 *       mode of the 25-mode grid is lost with fewer than 20 of 2,500 samples. The published metric
 *       code of PacGAN (github.com/fjxmlzn/PacGAN, {@code MetricLogger} in
 *       {@code pacgan/extensions.py}, {@code dis_thre=3}) and the VEEGAN-style re-implementations count a mode
 *       with any high-quality sample; {@link #evaluate(Tensor, int)} with 1, or
 *       {@link CoverageReport#modesCoveredWithAtLeast(int)}, gives that count. The default is the
 *       stricter one because uniform noise over the grid already puts a high-quality sample near
 *       about 20 of its 25 modes.</li>
 * </ul>
 * For samples drawn from the mixture itself about 98.9% are high quality (the chance that a 2-D
 * standard normal lies within radius 3 is {@code 1 - exp(-4.5)}).
 */
public final class MixtureCoverage {
    /** The default minimum of high-quality samples for a covered mode, as a fraction of the expected number per mode. */
    public static final double DEFAULT_MINIMUM_FRACTION_OF_EXPECTED = 0.2;
    /** How many standard deviations from its mode a high-quality sample may lie. */
    public static final double QUALITY_RADIUS_IN_STD = 3.0;

    private final double[][] modes;
    private final double std;

    /** A metric for the given modes (each an (x, y) pair), all with standard deviation {@code std}. */
    public MixtureCoverage(double[][] modes, double std) {
        Objects.requireNonNull(modes, "modes");
        if (modes.length == 0) {
            throw new IllegalArgumentException("Mode coverage needs at least one mode, but none was given.");
        }
        this.modes = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            if (modes[k].length != 2) {
                throw new IllegalArgumentException("Mode " + k + " is " + Arrays.toString(modes[k])
                        + ", but mode coverage works on 2-D points (x, y).");
            }
            this.modes[k] = modes[k].clone();
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("The standard deviation for mode coverage is " + std
                    + ", but it must be a positive number.");
        }
        this.std = std;
    }

    /** A metric for {@code mixture}'s modes and standard deviation. */
    public static MixtureCoverage of(GaussianMixture mixture) {
        return new MixtureCoverage(mixture.modes(), mixture.std());
    }

    /**
     * Scores {@code samples}, [N, 2], a mode counting as covered with at least a fifth of the
     * samples it would get from the true mixture ({@link #defaultMinimumPerMode(int)}).
     */
    public CoverageReport evaluate(Tensor samples) {
        return evaluate(samples, defaultMinimumPerMode(samples.dim(0)));
    }

    /** The default minimum of high-quality samples for a covered mode among {@code samples}: {@code samples / modes / 5}, at least 1. */
    public int defaultMinimumPerMode(int samples) {
        return Math.max(1, (int) Math.floor(samples * DEFAULT_MINIMUM_FRACTION_OF_EXPECTED / modes.length));
    }

    /** Scores {@code samples}, [N, 2], a mode counting as covered with at least {@code minimumPerMode} high-quality samples. */
    public CoverageReport evaluate(Tensor samples, int minimumPerMode) {
        Objects.requireNonNull(samples, "samples");
        if (samples.rank() != 2 || samples.dim(1) != 2 || samples.dim(0) == 0) {
            throw new IllegalArgumentException("Mode coverage scores 2-D samples of shape [N, 2] with N at least 1, "
                    + "but the shape is " + samples.shape() + ".");
        }
        return evaluate(samples.toArray(), minimumPerMode);
    }

    /** Scores samples given as (x, y) pairs one after the other. */
    public CoverageReport evaluate(float[] xy, int minimumPerMode) {
        if (xy.length == 0 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("Mode coverage needs (x, y) pairs, but " + xy.length
                    + " values were given.");
        }
        double radius = QUALITY_RADIUS_IN_STD * std;
        double radiusSquared = radius * radius;
        int[] perMode = new int[modes.length];
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.length; k++) {
                double dx = x - modes[k][0];
                double dy = y - modes[k][1];
                double d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    nearest = k;
                }
            }
            if (nearest >= 0 && best <= radiusSquared) {
                perMode[nearest]++;
            }
        }
        return new CoverageReport(perMode, n, minimumPerMode);
    }

    /** The number of modes. */
    public int modeCount() {
        return modes.length;
    }

    /** The standard deviation the quality radius is measured in. */
    public double std() {
        return std;
    }
}
