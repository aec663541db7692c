package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * Clipping of gradients by their global L2 norm, as torch.nn.utils.clip_grad_norm_: when the norm
 * of all gradients together exceeds {@code maxNorm}, every gradient is scaled by
 * {@code maxNorm / (norm + 1e-6)}.
 *
 * <p>A gradient tensor may be shared (the same tensor held as the grad of several parameters, or
 * kept by the caller), so it is never changed: a clipped parameter gets a scaled copy through
 * {@link Tensor#setGrad(Tensor)}.
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * Clips the gradients of {@code parameters} to a global L2 norm of at most {@code maxNorm};
     * parameters without a gradient are ignored.
     *
     * <p>A non-finite norm (a NaN or infinite gradient) leaves every gradient as it is, so a NaN
     * guard downstream still sees the problem.
     *
     * @return the global norm before clipping (0 when no parameter has a gradient)
     */
    public static double clipByGlobalNorm(List<Parameter> parameters, double maxNorm) {
        if (!(maxNorm > 0) || Double.isInfinite(maxNorm)) {
            throw new IllegalArgumentException("The largest gradient norm must be a finite number above 0, but was "
                    + maxNorm + ".");
        }
        double norm = globalNorm(parameters);
        double coefficient = maxNorm / (norm + 1e-6);
        if (Double.isFinite(norm) && coefficient < 1) {
            float scale = (float) coefficient;
            for (Parameter p : parameters) {
                Tensor grad = p.tensor().grad();
                if (grad != null) {
                    float[] source = grad.data();
                    float[] scaled = new float[source.length];
                    for (int j = 0; j < source.length; j++) {
                        scaled[j] = source[j] * scale;
                    }
                    p.tensor().setGrad(Tensor.of(scaled, grad.shape()));
                }
            }
        }
        return norm;
    }

    /** The L2 norm of all gradients of {@code parameters} together, accumulated in double. */
    public static double globalNorm(List<Parameter> parameters) {
        double sumOfSquares = 0;
        for (Parameter p : parameters) {
            Tensor grad = p.tensor().grad();
            if (grad != null) {
                sumOfSquares += sumOfSquares(grad.data());
            }
        }
        return Math.sqrt(sumOfSquares);
    }

    /** Σ v², in double over four interleaved partial sums (a fixed order, so the result is deterministic). */
    private static double sumOfSquares(float[] values) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < values.length; j += 4) {
            double v0 = values[j];
            double v1 = values[j + 1];
            double v2 = values[j + 2];
            double v3 = values[j + 3];
            s0 += v0 * v0;
            s1 += v1 * v1;
            s2 += v2 * v2;
            s3 += v3 * v3;
        }
        for (; j < values.length; j++) {
            double v = values[j];
            s0 += v * v;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
