package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.GradientCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs {@link GradientCheck} on a scalar loss with respect to tensors the loss reads but the
 * check cannot hand over: a layer's own parameters, or an input the loss differentiates itself
 * (a gradient penalty).
 *
 * <p>GradientCheck perturbs fresh leaves of its own. Here each leaf holds the values of some
 * elements of one target tensor: the function copies the leaf into those elements, recomputes the
 * loss, and (when autograd is asked) routes autograd's gradient with respect to the target back to
 * the leaf through a term whose value is zero. So the check still compares autograd's gradient of
 * the loss with respect to the target with central finite differences of the loss. With a sample
 * size, only that many randomly chosen elements of each tensor are checked (every tensor still is).
 */
final class ParameterGradientCheck {
    private final GradientCheck check;
    private final int elementsPerTensor;
    private final long seed;

    private ParameterGradientCheck(GradientCheck check, int elementsPerTensor, long seed) {
        this.check = check;
        this.elementsPerTensor = elementsPerTensor;
        this.seed = seed;
    }

    /** Checks every element of every target. */
    static ParameterGradientCheck everyElement(GradientCheck check) {
        return new ParameterGradientCheck(check, Integer.MAX_VALUE, 0);
    }

    /** Checks {@code elementsPerTensor} elements of each target, chosen from {@code seed}. */
    static ParameterGradientCheck sampled(GradientCheck check, int elementsPerTensor, long seed) {
        return new ParameterGradientCheck(check, elementsPerTensor, seed);
    }

    /**
     * Checks the gradient of {@code layer}'s output, projected onto fixed random weights, with
     * respect to {@code input} and each of the layer's parameters, in the layer's current mode.
     */
    void checkLayer(Layer layer, Tensor input) {
        Tensor x = input.detach().requiresGrad(true);
        Tensor shape;
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            shape = layer.forward(x);
        }
        Tensor projection = Tensor.uniform(new Rng(99), -1f, 1f, shape.dims());
        List<Tensor> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        targets.add(x);
        names.add("input");
        for (Parameter p : layer.parameters()) {
            targets.add(p.tensor());
            names.add(p.name());
        }
        check(() -> layer.forward(x).mul(projection).sum(), targets, names);
    }

    /**
     * Checks the gradient of the scalar {@code loss} with respect to each target. {@code loss} is
     * called many times and must give the same value for the same target values; it may
     * differentiate internally (recording is switched on while it runs).
     */
    void check(Supplier<Tensor> loss, List<Tensor> targets, List<String> names) {
        Rng rng = new Rng(seed);
        int[][] picks = new int[targets.size()][];
        Tensor[] leaves = new Tensor[targets.size()];
        float[][] saved = new float[targets.size()][];
        for (int k = 0; k < targets.size(); k++) {
            float[] data = targets.get(k).data();
            saved[k] = data.clone();
            picks[k] = pick(data.length, rng);
            float[] values = new float[picks[k].length];
            for (int i = 0; i < values.length; i++) {
                values[i] = data[picks[k][i]];
            }
            leaves[k] = Tensor.of(values, values.length);
        }
        try {
            check.check(in -> evaluate(loss, targets, picks, in), leaves);
        } catch (AssertionError e) {
            throw new AssertionError("Checked tensors, in order: " + names + " (elements per tensor: "
                    + (elementsPerTensor == Integer.MAX_VALUE ? "all" : elementsPerTensor) + "). " + e.getMessage(), e);
        } finally {
            for (int k = 0; k < targets.size(); k++) {
                System.arraycopy(saved[k], 0, targets.get(k).data(), 0, saved[k].length);
            }
        }
    }

    private static Tensor evaluate(Supplier<Tensor> loss, List<Tensor> targets, int[][] picks, List<Tensor> in) {
        boolean differentiating = GradMode.isEnabled();
        for (int k = 0; k < targets.size(); k++) {
            float[] data = targets.get(k).data();
            float[] values = in.get(k).data();
            for (int i = 0; i < picks[k].length; i++) {
                data[picks[k][i]] = values[i];
            }
        }
        Tensor out;
        try (GradMode.Scope ignored = GradMode.set(true)) {
            out = loss.get();
        }
        if (out.size() != 1) {
            throw new IllegalArgumentException("The checked loss must be a scalar, but has shape " + out.shape() + ".");
        }
        if (!differentiating) {
            return out.detach();
        }
        List<Tensor> grads = Autograd.grad(List.of(out), targets, false);
        Tensor bridged = out.detach();
        for (int k = 0; k < targets.size(); k++) {
            float[] g = grads.get(k).data();
            float[] picked = new float[picks[k].length];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = g[picks[k][i]];
            }
            Tensor leaf = in.get(k);
            bridged = bridged.add(leaf.sub(leaf.detach()).mul(Tensor.of(picked, picked.length)).sum());
        }
        return bridged;
    }

    private int[] pick(int size, Rng rng) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        if (size <= elementsPerTensor) {
            return all;
        }
        rng.shuffle(all);
        int[] some = Arrays.copyOf(all, elementsPerTensor);
        Arrays.sort(some);
        return some;
    }
}
