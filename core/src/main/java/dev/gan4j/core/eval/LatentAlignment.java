package dev.gan4j.core.eval;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well two domains' latent codes line up, the property translation through a shared latent
 * space rests on: if X's encoder and Y's encoder put codes in the same places, nothing tells a
 * code of X from a code of Y. Two measures of that:
 *
 * <ul>
 *   <li>a linear probe: logistic regression trained to tell X's codes from Y's on half of each set
 *   (the even positions) and scored on the other half. 0.5 is chance (aligned); 1 is two
 *   separate clouds;</li>
 *   <li>the squared Fréchet distance between Gaussians fitted to the two sets, and that distance
 *   divided by the sets' total variance tr(Σ_X) + tr(Σ_Y), which compares models whose codes have
 *   different scales (0 aligned; 1 for two clouds whose means are as far apart as they are wide).
 *   Codes longer than {@value #FRECHET_DIMENSIONS} values are first projected to that many by one
 *   random Gaussian matrix (drawn from the seed, the same for both sets), which keeps the
 *   covariances small enough to decompose.</li>
 * </ul>
 *
 * @param probeAccuracy   the probe's accuracy on the held-out halves, from 0 to 1 (0.5 is chance)
 * @param frechet         the squared Fréchet distance between the two (projected) code sets
 * @param relativeFrechet {@code frechet} divided by tr(Σ_X) + tr(Σ_Y)
 * @param codes           the codes of each domain compared (the smaller of the two counts)
 * @param dimension       the values in one code, before projection
 */
public record LatentAlignment(double probeAccuracy, double frechet, double relativeFrechet, int codes,
                              int dimension) {
    /** The most dimensions the Fréchet distance is computed in. */
    public static final int FRECHET_DIMENSIONS = 256;
    /** Full-batch Adam steps of the probe. */
    static final int PROBE_STEPS = 300;
    private static final double PROBE_LEARNING_RATE = 0.05;
    private static final double PROBE_WEIGHT_DECAY = 1e-3;

    /**
     * Compares the codes of two domains, [N, ...] each with the same shape after the first axis.
     *
     * @param seed the seed of the Fréchet projection (the probe is deterministic on its own)
     * @throws IllegalArgumentException naming both shapes when the codes do not have one shape, or
     *                                  when a domain has fewer than 4 codes (two to train, two to test)
     */
    public static LatentAlignment between(Tensor first, Tensor second, long seed) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        int[] one = first.dims();
        int[] other = second.dims();
        if (one.length < 2 || !Arrays.equals(Arrays.copyOfRange(one, 1, one.length),
                Arrays.copyOfRange(other, 1, other.length))) {
            throw new IllegalArgumentException("The two domains' codes have shapes " + first.shape() + " and "
                    + second.shape() + "; compare codes of one model, which have one shape after the first axis.");
        }
        int n = Math.min(one[0], other[0]);
        int d = 1;
        for (int i = 1; i < one.length; i++) {
            d *= one[i];
        }
        if (n < 4) {
            throw new IllegalArgumentException("Latent alignment needs at least 4 codes of each domain (half to train "
                    + "the probe, half to test it), but got " + first.dim(0) + " and " + second.dim(0) + ".");
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            Tensor x = first.slice(0, 0, n).reshape(n, d);
            Tensor y = second.slice(0, 0, n).reshape(n, d);
            double accuracy = probe(x, y);
            Tensor px = x;
            Tensor py = y;
            if (d > FRECHET_DIMENSIONS) {
                Tensor projection = Tensor.randn(new Rng(seed), d, FRECHET_DIMENSIONS)
                        .mul((float) (1 / Math.sqrt(FRECHET_DIMENSIONS)));
                px = x.matmul(projection);
                py = y.matmul(projection);
            }
            GaussianStatistics sx = GaussianStatistics.of(px);
            GaussianStatistics sy = GaussianStatistics.of(py);
            double frechet = FrechetDistance.between(sx, sy);
            double spread = trace(sx.covariance()) + trace(sy.covariance());
            return new LatentAlignment(accuracy, frechet, spread > 0 ? frechet / spread : 0, n, d);
        }
    }

    /** The figures under the keys a JSON line uses. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probe_accuracy", probeAccuracy);
        m.put("latent_frechet", frechet);
        m.put("latent_frechet_relative", relativeFrechet);
        m.put("codes", codes);
        m.put("code_dimension", dimension);
        return m;
    }

    /**
     * Logistic regression (X labelled 1, Y 0) on the standardised features of the even rows, by
     * full-batch Adam from zero weights; the accuracy on the odd rows.
     */
    private static double probe(Tensor x, Tensor y) {
        int n = x.dim(0);
        int d = x.dim(1);
        int trainPerDomain = (n + 1) / 2;
        int testPerDomain = n / 2;
        float[] train = new float[2 * trainPerDomain * d];
        float[] test = new float[2 * testPerDomain * d];
        float[] xs = x.data();
        float[] ys = y.data();
        for (int i = 0; i < n; i++) {
            boolean even = i % 2 == 0;
            float[] target = even ? train : test;
            int row = i / 2;
            int perDomain = even ? trainPerDomain : testPerDomain;
            System.arraycopy(xs, i * d, target, row * d, d);
            System.arraycopy(ys, i * d, target, (perDomain + row) * d, d);
        }
        standardise(train, test, d);
        Tensor trainX = Tensor.of(train, 2 * trainPerDomain, d);
        float[] labels = new float[2 * trainPerDomain];
        Arrays.fill(labels, 0, trainPerDomain, 1f);
        double[] w = new double[d];
        double b = 0;
        double[] m = new double[d + 1];
        double[] v = new double[d + 1];
        int rows = 2 * trainPerDomain;
        for (int step = 1; step <= PROBE_STEPS; step++) {
            float[] logits = trainX.matmul(column(w)).data();
            float[] residual = new float[rows];
            double biasGrad = 0;
            for (int r = 0; r < rows; r++) {
                double p = 1 / (1 + Math.exp(-(logits[r] + b)));
                residual[r] = (float) ((p - labels[r]) / rows);
                biasGrad += residual[r];
            }
            float[] grad = trainX.matmul(Tensor.of(residual, rows, 1), true, false).data();
            double c1 = 1 - Math.pow(0.9, step);
            double c2 = 1 - Math.pow(0.999, step);
            for (int j = 0; j <= d; j++) {
                double g = j < d ? grad[j] + PROBE_WEIGHT_DECAY * w[j] : biasGrad;
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double update = PROBE_LEARNING_RATE * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
                if (j < d) {
                    w[j] -= update;
                } else {
                    b -= update;
                }
            }
        }
        float[] testLogits = Tensor.of(test, 2 * testPerDomain, d).matmul(column(w)).data();
        int right = 0;
        for (int r = 0; r < testLogits.length; r++) {
            boolean saysFirst = testLogits[r] + b > 0;
            right += saysFirst == (r < testPerDomain) ? 1 : 0;
        }
        return (double) right / testLogits.length;
    }

    /** Scales each feature of both sets by the training rows' mean and standard deviation. */
    private static void standardise(float[] train, float[] test, int d) {
        int rows = train.length / d;
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < rows; r++) {
                double value = train[r * d + j];
                sum += value;
                squares += value * value;
            }
            double mean = sum / rows;
            double sd = Math.sqrt(Math.max(0, squares / rows - mean * mean));
            double scale = sd > 1e-8 ? 1 / sd : 0;
            for (int r = 0; r < rows; r++) {
                train[r * d + j] = (float) ((train[r * d + j] - mean) * scale);
            }
            for (int r = 0; r < test.length / d; r++) {
                test[r * d + j] = (float) ((test[r * d + j] - mean) * scale);
            }
        }
    }

    private static Tensor column(double[] w) {
        float[] values = new float[w.length];
        for (int j = 0; j < w.length; j++) {
            values[j] = (float) w[j];
        }
        return Tensor.of(values, w.length, 1);
    }

    private static double trace(double[][] matrix) {
        double t = 0;
        for (int i = 0; i < matrix.length; i++) {
            t += matrix[i][i];
        }
        return t;
    }
}
