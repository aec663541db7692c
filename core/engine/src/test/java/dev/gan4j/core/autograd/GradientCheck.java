package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Compares the gradients autograd computes with central finite differences.
 *
 * <p>The function's output is projected onto fixed random weights, so every output element
 * matters and a wrong gradient anywhere shows. An element passes when the analytic and numeric
 * values differ by at most {@value #RELATIVE_TOLERANCE} of the numeric one, plus a small
 * absolute slack relative to the largest gradient; a gradient off by 5% fails.
 * Pick inputs away from kinks (relu at 0, clamp bounds) so finite differences are meaningful.
 */
public final class GradientCheck {
    /** Relative tolerance per element. */
    public static final double RELATIVE_TOLERANCE = 0.02;
    private static final double ABSOLUTE_SLACK = 2e-3;

    private final double epsilon;

    private GradientCheck(double epsilon) {
        this.epsilon = epsilon;
    }

    /** A check with finite-difference step 1e-2 (good for float32 and inputs of order one). */
    public static GradientCheck standard() {
        return new GradientCheck(1e-2);
    }

    /** A check with the given finite-difference step. */
    public static GradientCheck withStep(double epsilon) {
        return new GradientCheck(epsilon);
    }

    /**
     * Checks the gradient of {@code f} with respect to every input.
     *
     * @throws AssertionError naming the input, the element and both values when they disagree
     */
    public void check(Function<List<Tensor>, Tensor> f, Tensor... inputs) {
        List<Tensor> leaves = new ArrayList<>();
        for (Tensor t : inputs) {
            leaves.add(Tensor.of(t.toArray(), t.shape()).requiresGrad(true));
        }
        Tensor out = f.apply(leaves);
        Tensor weights = Tensor.uniform(new Rng(1234), 0.5f, 1.5f, out.dims());
        List<Tensor> analytic = Autograd.grad(List.of(out.mul(weights).sum()), leaves, false);
        for (int i = 0; i < leaves.size(); i++) {
            double[] numeric = numericGradient(f, leaves, i, weights);
            compare(i, analytic.get(i).toArray(), numeric, leaves.get(i));
        }
    }

    private double[] numericGradient(Function<List<Tensor>, Tensor> f, List<Tensor> leaves, int which, Tensor weights) {
        float[] x = leaves.get(which).data();
        double[] grad = new double[x.length];
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int k = 0; k < x.length; k++) {
                float saved = x[k];
                x[k] = (float) (saved + epsilon);
                double up = weightedSum(f.apply(leaves), weights);
                x[k] = (float) (saved - epsilon);
                double down = weightedSum(f.apply(leaves), weights);
                x[k] = saved;
                grad[k] = (up - down) / (2 * epsilon);
            }
        }
        return grad;
    }

    private static double weightedSum(Tensor out, Tensor weights) {
        float[] o = out.data();
        float[] w = weights.data();
        double s = 0;
        for (int i = 0; i < o.length; i++) {
            s += (double) o[i] * w[i];
        }
        return s;
    }

    private static void compare(int input, float[] analytic, double[] numeric, Tensor leaf) {
        double scale = 0;
        for (double v : numeric) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int k = 0; k < numeric.length; k++) {
            double diff = Math.abs(analytic[k] - numeric[k]);
            double allowed = RELATIVE_TOLERANCE * Math.abs(numeric[k]) + ABSOLUTE_SLACK * Math.max(scale, 1e-3);
            if (!(diff <= allowed)) {
                throw new AssertionError("Gradient of input " + input + " (shape " + leaf.shape() + ") at element " + k
                        + ": autograd says " + analytic[k] + ", finite differences say " + numeric[k]
                        + " (allowed difference " + allowed + "). Analytic head: "
                        + Arrays.toString(Arrays.copyOf(analytic, Math.min(6, analytic.length))));
            }
        }
    }
}
