package dev.gan4j.models.gan;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A Gaussian N(μ, Σ) fitted to the codes an autoencoder's encoder produced in its last training
 * batches, so the decoder can be sampled like a generator: {@link #forward} maps standard normal
 * noise ε [N, L] to μ + ε·Cᵀ with C the Cholesky factor of Σ.
 *
 * <p>The fit is an exponential moving average over batches, like batch norm's running
 * statistics: after each batch of codes, μ ← (1 − m)·μ + m·mean and Σ ← (1 − m)·Σ + m·cov (the
 * batch's biased covariance), with momentum m; with m = 0.05 the last few dozen batches count.
 * It starts at N(0, I). μ and Σ are buffers ({@code "mean"}, {@code "covariance"}), so
 * checkpoints keep them; the layer has no trainable parameters.
 */
final class CodeDistribution extends AbstractLayer {
    /** A tiny ridge on the diagonal so the Cholesky factor exists for collapsed codes. */
    private static final double JITTER = 1e-6;

    private final int size;
    private final float momentum;
    private final Tensor mean;
    private final Tensor covariance;

    CodeDistribution(int size, double momentum) {
        this.size = size;
        this.momentum = (float) momentum;
        this.mean = Tensor.zeros(size);
        this.covariance = Tensor.zeros(size, size);
        for (int i = 0; i < size; i++) {
            covariance.data()[i * size + i] = 1f;
        }
    }

    /** Moves the fit towards the codes of one batch, [N, L] with N of 2 or more; records nothing. */
    void update(Tensor codes) {
        int n = codes.dim(0);
        float[] c = codes.data();
        double[] batchMean = new double[size];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                batchMean[j] += c[i * size + j];
            }
        }
        for (int j = 0; j < size; j++) {
            batchMean[j] /= n;
        }
        double[] batchCovariance = new double[size * size];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < size; a++) {
                double da = c[i * size + a] - batchMean[a];
                for (int b = 0; b <= a; b++) {
                    batchCovariance[a * size + b] += da * (c[i * size + b] - batchMean[b]);
                }
            }
        }
        float[] mu = mean.data();
        float[] sigma = covariance.data();
        for (int a = 0; a < size; a++) {
            mu[a] = (float) ((1 - momentum) * mu[a] + momentum * batchMean[a]);
            for (int b = 0; b <= a; b++) {
                float value = (float) ((1 - momentum) * sigma[a * size + b] + momentum * batchCovariance[a * size + b] / n);
                sigma[a * size + b] = value;
                sigma[b * size + a] = value;
            }
        }
    }

    /** μ + ε·Cᵀ for standard normal ε [N, L]: a draw from the fitted Gaussian per row. */
    @Override
    public Tensor forward(Tensor noise) {
        if (noise.rank() != 2 || noise.dim(1) != size) {
            throw new IllegalArgumentException("The autoencoder's code distribution maps noise of shape [N, " + size
                    + "], but got " + noise.shape() + ".");
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return noise.matmul(Tensor.of(choleskyFactor(), size, size), false, true).add(mean);
        }
    }

    /** The lower-triangular C with C·Cᵀ = Σ + jitter·I, row-major (also what its ONNX writer writes). */
    float[] choleskyFactor() {
        float[] sigma = covariance.data();
        double[] l = new double[size * size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = sigma[i * size + j] + (i == j ? JITTER : 0);
                for (int k = 0; k < j; k++) {
                    sum -= l[i * size + k] * l[j * size + k];
                }
                l[i * size + j] = i == j ? Math.sqrt(Math.max(sum, JITTER)) : sum / l[j * size + j];
            }
        }
        float[] out = new float[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = (float) l[i];
        }
        return out;
    }

    /** The size L of a code. */
    int size() {
        return size;
    }

    /** The fitted mean μ [L]. */
    Tensor mean() {
        return mean;
    }

    /** The fitted covariance Σ [L, L]. */
    Tensor covariance() {
        return covariance;
    }

    /** "mean" [L] and "covariance" [L, L]. */
    @Override
    public List<Parameter> buffers() {
        return List.of(new Parameter("mean", mean), new Parameter("covariance", covariance));
    }

    @Override
    public String toString() {
        return "CodeDistribution(" + size + ", momentum " + momentum + ")";
    }
}
