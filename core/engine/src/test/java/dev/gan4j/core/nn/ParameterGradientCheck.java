package dev.gan4j.core.nn;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
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
 * the loss with respect to the target with central finite differences of the loss.
 *
 * <p>With a sample size, only that many elements of each tensor are checked (every tensor still
 * is): the element with the largest gradient, so that GradientCheck's absolute slack (relative to
 * a tensor's largest gradient) is the one a full check would use, and randomly chosen others.
 * A filter can rule out elements where finite differences are meaningless.
 */
final class ParameterGradientCheck {
    private final GradientCheck check;
    private final int elementsPerTensor;
    private final long seed;
    private final ElementFilter filter;

    /**
     * A tensor to check. GradientCheck's step is multiplied by {@code stepScale} for this tensor's
     * elements (its leaf holds value / stepScale), so tensors that need different steps can share
     * one check.
     *
     * @param name      the name used in failure messages
     * @param tensor    the tensor the loss reads
     * @param stepScale the factor on the finite-difference step for this tensor
     */
    record Target(String name, Tensor tensor, double stepScale) {
        /** A target checked with the check's own step. */
        static Target of(String name, Tensor tensor) {
            return new Target(name, tensor, 1.0);
        }
    }

    /** Says whether an element of a target can be checked by finite differences. */
    @FunctionalInterface
    interface ElementFilter {
        /** Whether element {@code element} of target {@code target} (in the order given to check) is usable. */
        boolean usable(int target, int element);
    }

    private ParameterGradientCheck(GradientCheck check, int elementsPerTensor, long seed, ElementFilter filter) {
        this.check = check;
        this.elementsPerTensor = elementsPerTensor;
        this.seed = seed;
        this.filter = filter;
    }

    /** Checks every element of every target. */
    static ParameterGradientCheck everyElement(GradientCheck check) {
        return new ParameterGradientCheck(check, Integer.MAX_VALUE, 0, (target, element) -> true);
    }

    /** Checks {@code elementsPerTensor} elements of each target: the largest gradient and others drawn from {@code seed}. */
    static ParameterGradientCheck sampled(GradientCheck check, int elementsPerTensor, long seed) {
        return new ParameterGradientCheck(check, elementsPerTensor, seed, (target, element) -> true);
    }

    /**
     * The same check, drawing only elements that {@code filter} accepts (for example, elements
     * whose finite-difference step flips no rectifier). A tensor with no usable element fails.
     */
    ParameterGradientCheck onlyWhere(ElementFilter elementFilter) {
        return new ParameterGradientCheck(check, elementsPerTensor, seed, elementFilter);
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
        List<Target> targets = new ArrayList<>();
        targets.add(Target.of("input", x));
        for (Parameter p : layer.parameters()) {
            targets.add(Target.of(p.name(), p.tensor()));
        }
        check(() -> layer.forward(x).mul(projection).sum(), targets);
    }

    /** {@link #check(Supplier, List)} with named tensors checked at the check's own step. */
    void check(Supplier<Tensor> loss, List<Tensor> tensors, List<String> names) {
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < tensors.size(); k++) {
            targets.add(Target.of(names.get(k), tensors.get(k)));
        }
        check(loss, targets);
    }

    /**
     * Checks the gradient of the scalar {@code loss} with respect to each target. {@code loss} is
     * called many times and must give the same value for the same target values; it may
     * differentiate internally (recording is switched on while it runs).
     */
    void check(Supplier<Tensor> loss, List<Target> targets) {
        List<Tensor> tensors = new ArrayList<>();
        for (Target t : targets) {
            tensors.add(t.tensor());
        }
        int[][] picks = pickElements(loss, targets, tensors);
        Tensor[] leaves = new Tensor[targets.size()];
        float[][] saved = new float[targets.size()][];
        for (int k = 0; k < targets.size(); k++) {
            float[] data = tensors.get(k).data();
            saved[k] = data.clone();
            float[] values = new float[picks[k].length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (data[picks[k][i]] / targets.get(k).stepScale());
            }
            leaves[k] = Tensor.of(values, values.length);
        }
        try {
            check.check(in -> evaluate(loss, targets, tensors, picks, in), leaves);
        } catch (AssertionError e) {
            throw new AssertionError("Checked tensors, in order: " + targets.stream().map(Target::name).toList()
                    + " (elements per tensor: " + (elementsPerTensor == Integer.MAX_VALUE ? "all" : elementsPerTensor)
                    + "). " + e.getMessage(), e);
        } finally {
            for (int k = 0; k < targets.size(); k++) {
                System.arraycopy(saved[k], 0, tensors.get(k).data(), 0, saved[k].length);
            }
        }
    }

    private static Tensor evaluate(Supplier<Tensor> loss, List<Target> targets, List<Tensor> tensors, int[][] picks,
                                   List<Tensor> in) {
        boolean differentiating = GradMode.isEnabled();
        for (int k = 0; k < targets.size(); k++) {
            float[] data = tensors.get(k).data();
            float[] values = in.get(k).data();
            double scale = targets.get(k).stepScale();
            for (int i = 0; i < picks[k].length; i++) {
                data[picks[k][i]] = (float) (values[i] * scale);
            }
        }
        Tensor out = scalarLoss(loss);
        if (!differentiating) {
            return out.detach();
        }
        List<Tensor> grads = Autograd.grad(List.of(out), tensors, false);
        Tensor bridged = out.detach();
        for (int k = 0; k < targets.size(); k++) {
            float[] g = grads.get(k).data();
            float[] picked = new float[picks[k].length];
            double scale = targets.get(k).stepScale();
            for (int i = 0; i < picked.length; i++) {
                picked[i] = (float) (g[picks[k][i]] * scale);
            }
            Tensor leaf = in.get(k);
            bridged = bridged.add(leaf.sub(leaf.detach()).mul(Tensor.of(picked, picked.length)).sum());
        }
        return bridged;
    }

    private static Tensor scalarLoss(Supplier<Tensor> loss) {
        Tensor out;
        try (GradMode.Scope ignored = GradMode.set(true)) {
            out = loss.get();
        }
        if (out.size() != 1) {
            throw new IllegalArgumentException("The checked loss must be a scalar, but has shape " + out.shape() + ".");
        }
        return out;
    }

    private int[][] pickElements(Supplier<Tensor> loss, List<Target> targets, List<Tensor> tensors) {
        int[][] picks = new int[targets.size()][];
        List<Tensor> grads = null;
        if (elementsPerTensor != Integer.MAX_VALUE) {
            grads = Autograd.grad(List.of(scalarLoss(loss)), tensors, false);
        }
        Rng rng = new Rng(seed);
        for (int k = 0; k < targets.size(); k++) {
            int size = tensors.get(k).size();
            picks[k] = size <= elementsPerTensor ? usable(k, identity(size), size)
                    : sample(k, grads.get(k).data(), rng);
            if (picks[k].length == 0) {
                throw new AssertionError("No element of " + targets.get(k).name() + " (shape " + tensors.get(k).shape()
                        + ") can be checked: the filter rejected all of them.");
            }
        }
        return picks;
    }

    /** The usable element with the largest |gradient|, then usable elements in random order. */
    private int[] sample(int target, float[] grad, Rng rng) {
        Integer[] bySize = new Integer[grad.length];
        for (int i = 0; i < grad.length; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, (a, b) -> Float.compare(Math.abs(grad[b]), Math.abs(grad[a])));
        int[] largest = usable(target, Arrays.stream(bySize).mapToInt(Integer::intValue).toArray(), 1);
        int[] shuffled = identity(grad.length);
        rng.shuffle(shuffled);
        int[] others = usable(target, Arrays.stream(shuffled).filter(i -> largest.length == 0 || i != largest[0]).toArray(),
                elementsPerTensor - largest.length);
        int[] all = Arrays.copyOf(largest, largest.length + others.length);
        System.arraycopy(others, 0, all, largest.length, others.length);
        Arrays.sort(all);
        return all;
    }

    /** Up to {@code count} elements of {@code candidates}, in order, that the filter accepts. */
    private int[] usable(int target, int[] candidates, int count) {
        int[] chosen = new int[Math.min(count, candidates.length)];
        int n = 0;
        for (int i = 0; i < candidates.length && n < chosen.length; i++) {
            if (filter.usable(target, candidates[i])) {
                chosen[n++] = candidates[i];
            }
        }
        return Arrays.copyOf(chosen, n);
    }

    private static int[] identity(int size) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        return all;
    }
}
