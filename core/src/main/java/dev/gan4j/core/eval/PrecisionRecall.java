package dev.gan4j.core.eval;

import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * Improved precision and recall (Kynkäänniemi et al., "Improved precision and recall metric for
 * assessing generative models", NeurIPS 2019). Each set of feature vectors spans a manifold: the
 * union of balls around its vectors, each ball's radius the distance to that vector's k-th nearest
 * neighbour in its own set. <em>Precision</em> is the fraction of generated vectors inside the real
 * manifold (are the samples realistic?); <em>recall</em> the fraction of real vectors inside the
 * generated manifold (do the samples cover the data?). k = 3 is the paper's default.
 */
public final class PrecisionRecall {
    /** The paper's default neighbourhood size. */
    public static final int DEFAULT_K = 3;

    private final int k;

    /** The metric with neighbourhood size {@code k} (at least 1). */
    public PrecisionRecall(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("The neighbourhood size k of precision/recall is " + k
                    + ", but it must be at least 1 (the paper uses 3).");
        }
        this.k = k;
    }

    /** The metric with k = {@value #DEFAULT_K}. */
    public static PrecisionRecall standard() {
        return new PrecisionRecall(DEFAULT_K);
    }

    /** The neighbourhood size. */
    public int k() {
        return k;
    }

    /** Precision and recall, each 0 to 1. */
    public record Result(double precision, double recall, int k) {
    }

    /**
     * Compares generated features with real ones, both [N, D] with the same D.
     *
     * @throws IllegalArgumentException when either set has at most k vectors (a vector needs k
     *                                  neighbours besides itself), or the dimensions differ
     */
    public Result evaluate(Tensor real, Tensor generated) {
        Objects.requireNonNull(real, "real");
        Objects.requireNonNull(generated, "generated");
        requireEnough("real (reference)", real);
        requireEnough("generated", generated);
        if (real.dim(1) != generated.dim(1)) {
            throw new IllegalArgumentException("The real features have dimension " + real.dim(1)
                    + " and the generated ones " + generated.dim(1) + "; compare features from the same extractor.");
        }
        float[] realRadii = kthNeighbourDistances(real);
        float[] generatedRadii = kthNeighbourDistances(generated);
        double precision = fractionInside(generated, real, realRadii);
        double recall = fractionInside(real, generated, generatedRadii);
        return new Result(precision, recall, k);
    }

    private void requireEnough(String which, Tensor features) {
        if (features.rank() != 2) {
            throw new IllegalArgumentException("Precision/recall needs [N, D] features, but the " + which
                    + " features have shape " + features.shape() + ".");
        }
        if (features.dim(0) <= k) {
            throw new IllegalArgumentException("Precision/recall with k = " + k + " needs more than " + k + " "
                    + which + " samples (each needs " + k + " nearest neighbours besides itself), but there are "
                    + features.dim(0) + "; give more samples or a smaller k.");
        }
    }

    /** The squared distance from each vector to its k-th nearest neighbour in the same set (itself excluded). */
    private float[] kthNeighbourDistances(Tensor set) {
        int n = set.dim(0);
        SquaredDistances distances = new SquaredDistances(set);
        float[] radii = new float[n];
        float[] nearest = new float[k + 1];
        for (int start = 0; start < n; start += SquaredDistances.BLOCK_ROWS) {
            int end = Math.min(n, start + SquaredDistances.BLOCK_ROWS);
            float[] block = distances.from(set.slice(0, start, end));
            for (int i = start; i < end; i++) {
                Arrays.fill(nearest, Float.POSITIVE_INFINITY);
                int base = (i - start) * n;
                for (int j = 0; j < n; j++) {
                    float d = j == i ? 0f : block[base + j];
                    if (d < nearest[k]) {
                        int at = k;
                        while (at > 0 && nearest[at - 1] > d) {
                            nearest[at] = nearest[at - 1];
                            at--;
                        }
                        nearest[at] = d;
                    }
                }
                radii[i] = nearest[k]; // nearest[0] is the vector itself
            }
        }
        return radii;
    }

    /** The fraction of {@code queries} within the radius of at least one vector of {@code manifold}. */
    private static double fractionInside(Tensor queries, Tensor manifold, float[] manifoldRadii) {
        int n = queries.dim(0);
        int m = manifold.dim(0);
        SquaredDistances distances = new SquaredDistances(manifold);
        int inside = 0;
        for (int start = 0; start < n; start += SquaredDistances.BLOCK_ROWS) {
            int end = Math.min(n, start + SquaredDistances.BLOCK_ROWS);
            float[] block = distances.from(queries.slice(0, start, end));
            for (int i = 0; i < end - start; i++) {
                int base = i * m;
                for (int j = 0; j < m; j++) {
                    if (block[base + j] <= manifoldRadii[j]) {
                        inside++;
                        break;
                    }
                }
            }
        }
        return (double) inside / n;
    }
}
