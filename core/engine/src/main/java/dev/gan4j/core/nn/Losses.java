package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/**
 * Loss functions, each the mean over all elements (or over the batch, for cross-entropy) as a
 * scalar tensor. The logit-based losses never take the log of a probability, so they stay finite
 * and keep their gradients for logits of any size.
 */
public final class Losses {
    private Losses() {
    }

    /**
     * Binary cross-entropy of sigmoid(logits) against targets in [0, 1], averaged:
     * mean(softplus(x) − x·t), which equals −t·log σ(x) − (1 − t)·log(1 − σ(x)) without ever
     * forming σ(x). Shapes must be equal.
     */
    public static Tensor bceWithLogits(Tensor logits, Tensor targets) {
        requireSameShape(logits, targets, "bceWithLogits");
        return logits.softplus().sub(logits.mul(targets)).mean();
    }

    /** {@link #bceWithLogits(Tensor, Tensor)} with every target equal to {@code target} (1 for real, 0 for fake). */
    public static Tensor bceWithLogits(Tensor logits, float target) {
        Tensor softplus = logits.softplus();
        return (target == 0f ? softplus : softplus.sub(logits.mul(target))).mean();
    }

    /** Mean squared error, mean((prediction − target)²); shapes must be equal. */
    public static Tensor mse(Tensor prediction, Tensor target) {
        requireSameShape(prediction, target, "mse");
        return prediction.sub(target).square().mean();
    }

    /** Mean absolute error, mean(|prediction − target|); shapes must be equal. The cycle-consistency loss. */
    public static Tensor l1(Tensor prediction, Tensor target) {
        requireSameShape(prediction, target, "l1");
        return prediction.sub(target).abs().mean();
    }

    /**
     * log softmax over the last axis of [N, K] logits: x − max − log Σ exp(x − max). The row
     * maximum is subtracted as a constant, which changes nothing mathematically, so gradients of
     * every order are exact, and no exp overflows.
     */
    public static Tensor logSoftmax(Tensor logits) {
        if (logits.rank() != 2) {
            throw new IllegalArgumentException("logSoftmax needs logits of shape [N, K], but got " + logits.shape() + ".");
        }
        int n = logits.dim(0);
        int k = logits.dim(1);
        float[] x = logits.data();
        float[] max = new float[n];
        for (int i = 0; i < n; i++) {
            float m = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                m = Math.max(m, x[i * k + j]);
            }
            max[i] = m;
        }
        Tensor shifted = logits.sub(Tensor.of(max, n, 1));
        return shifted.sub(shifted.exp().sum(new int[] {1}, true).log());
    }

    /**
     * Cross-entropy of class logits [N, K] against class indices (one per row, in [0, K)),
     * averaged over the batch: mean over n of −logSoftmax(x)[n, label n].
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        Tensor logProbabilities = logSoftmax(logits);
        int n = logits.dim(0);
        int k = logits.dim(1);
        if (labels.length != n) {
            throw new IllegalArgumentException("crossEntropy got " + labels.length + " labels for logits of shape "
                    + logits.shape() + "; give one label per row.");
        }
        float[] oneHot = new float[n * k];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException("Label " + labels[i] + " at position " + i + " is not a class of logits "
                        + "with " + k + " classes; labels must be in [0, " + k + ").");
            }
            oneHot[i * k + labels[i]] = 1f;
        }
        return logProbabilities.mul(Tensor.of(oneHot, n, k)).sum().mul(-1f / n);
    }

    private static void requireSameShape(Tensor a, Tensor b, String loss) {
        if (!a.shape().equals(b.shape())) {
            throw new IllegalArgumentException(loss + " needs a prediction and a target of the same shape, but got "
                    + a.shape() + " and " + b.shape() + "; reshape one of them (a discriminator's [N, 1] output "
                    + "against [N] labels is the usual mismatch).");
        }
    }
}
