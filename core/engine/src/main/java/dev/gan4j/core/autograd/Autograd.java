package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The backward driver: walks the graph in reverse topological order, applies each op's
 * {@link BackwardRule}, accumulates gradients and reduces broadcast gradients to their
 * input's shape. This class is the only place where broadcasting is undone.
 */
public final class Autograd {
    private Autograd() {
    }

    /**
     * Backpropagates from {@code root} into the {@code grad} of every leaf that requires it
     * (accumulating). Without a seed, {@code root} must hold one element.
     *
     * @param retainGraph keep the graph for another backward pass; otherwise it is freed
     */
    public static void backward(Tensor root, Tensor seed, boolean retainGraph) {
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward() was called on a tensor that does not require gradients: "
                    + "none of the tensors it was computed from has requiresGrad set, or it was computed inside "
                    + "a no-grad scope. Mark the parameters with requiresGrad(true) before computing the loss.");
        }
        Tensor start = seedFor(root, seed);
        try (GradMode.Scope profiled = OpProfile.backwardPass();
             GradMode.Scope ignored = GradMode.noGrad()) {
            Set<Tensor> owned = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Tensor, Tensor> leafGrads = run(List.of(root), List.of(start), null, false, !retainGraph, owned);
            for (Map.Entry<Tensor, Tensor> e : leafGrads.entrySet()) {
                // a rule may hand one tensor to several inputs (add) or pass the seed through (reshape);
                // each leaf gets its own array, so optimisers can scale or clip a gradient in place
                // (a sum this pass made is already the leaf's own)
                Tensor g = e.getValue();
                e.getKey().accumulateGrad(g, owned.contains(g));
            }
        }
    }

    /**
     * The gradients of the sum of {@code outputs} with respect to {@code inputs}, returned rather
     * than accumulated into {@code grad}. The graph is kept. An input that the outputs do not
     * depend on gets a zero gradient.
     *
     * @param createGraph record the backward pass itself, so the returned gradients can be
     *                    differentiated again (gradient penalty, R1)
     */
    public static List<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, boolean createGraph) {
        List<Tensor> seeds = new ArrayList<>();
        for (Tensor out : outputs) {
            if (!out.requiresGrad()) {
                throw new IllegalStateException("grad() was asked for the gradient of a tensor of shape " + out.shape()
                        + " that does not require gradients; mark the inputs with requiresGrad(true) first.");
            }
            seeds.add(Tensor.full(1f, out.dims()));
        }
        Set<Tensor> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        targets.addAll(inputs);
        Map<Tensor, Tensor> found;
        try (GradMode.Scope profiled = OpProfile.backwardPass()) {
            found = run(outputs, seeds, targets, createGraph, false, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        List<Tensor> result = new ArrayList<>();
        for (Tensor input : inputs) {
            Tensor g = found.get(input);
            result.add(g != null ? g : Tensor.zeros(input.shape()));
        }
        return result;
    }

    private static Tensor seedFor(Tensor root, Tensor seed) {
        if (seed == null) {
            if (root.size() != 1) {
                throw new IllegalArgumentException("backward() without a seed gradient needs a tensor with one element, "
                        + "but this one has shape " + root.shape() + "; reduce it (sum or mean) or pass a seed.");
            }
            return Tensor.full(1f, root.dims());
        }
        if (!seed.shape().equals(root.shape())) {
            throw new IllegalArgumentException("The seed gradient has shape " + seed.shape()
                    + " but the tensor it seeds has shape " + root.shape() + "; they must be equal.");
        }
        return seed;
    }

    /**
     * Runs the backward pass. With {@code targets} null, every leaf that requires gradients is a
     * target; otherwise only the given tensors are, and only ops on a path to them run. When the
     * pass records no graph, the sums it makes of several gradients of one tensor go into
     * {@code owned}: nothing else refers to them, so later gradients are added into them in place.
     */
    private static Map<Tensor, Tensor> run(List<Tensor> roots, List<Tensor> seeds, Set<Tensor> targets,
                                           boolean createGraph, boolean release, Set<Tensor> owned) {
        Map<Tensor, Boolean> relevant = new IdentityHashMap<>();
        List<Tensor> order = topologicalOrder(roots, targets, relevant);
        Map<Tensor, Tensor> grads = new IdentityHashMap<>();
        Map<Tensor, Tensor> found = new IdentityHashMap<>();
        try (GradMode.Scope ignored = GradMode.set(createGraph)) {
            for (int i = 0; i < roots.size(); i++) {
                accumulate(grads, roots.get(i), seeds.get(i), createGraph ? null : owned);
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                Tensor t = order.get(i);
                Tensor g = grads.remove(t);
                if (g == null) {
                    continue;
                }
                boolean isTarget = targets == null ? t.isLeaf() : targets.contains(t);
                if (isTarget) {
                    found.put(t, g);
                }
                GradNode node = t.gradNode();
                if (node == null) {
                    continue;
                }
                // the rule may hand g on to several inputs (add does), so it is no longer this pass's alone
                owned.remove(g);
                if (node.isReleased()) {
                    throw new IllegalStateException("Backward ran into the graph of op '" + node.op()
                            + "', which an earlier backward() already freed. Call backward(seed, true) the first "
                            + "time to keep the graph, or compute the loss again.");
                }
                Tensor[] inputs = node.inputArray();
                boolean[] needed = new boolean[inputs.length];
                boolean any = false;
                for (int k = 0; k < inputs.length; k++) {
                    needed[k] = Boolean.TRUE.equals(relevant.get(inputs[k]));
                    any |= needed[k];
                }
                if (any) {
                    boolean profiled = OpProfile.ruleStarting(node.op());
                    Tensor[] inputGrads;
                    try {
                        inputGrads = node.rule().apply(g, t, needed);
                    } finally {
                        if (profiled) {
                            OpProfile.ruleFinished();
                        }
                    }
                    for (int k = 0; k < inputs.length; k++) {
                        if (needed[k] && inputGrads[k] != null) {
                            Tensor gk = inputGrads[k];
                            if (!gk.shape().equals(inputs[k].shape())) {
                                gk = gk.sumToShape(inputs[k].shape());
                            }
                            accumulate(grads, inputs[k], gk, createGraph ? null : owned);
                        }
                    }
                }
                if (release) {
                    node.release();
                }
            }
        }
        return found;
    }

    /** Adds g to t's pending gradient; {@code owned} (null when recording) holds the sums made here. */
    private static void accumulate(Map<Tensor, Tensor> grads, Tensor t, Tensor g, Set<Tensor> owned) {
        Tensor previous = grads.get(t);
        if (previous == null) {
            grads.put(t, g);
        } else if (owned != null && owned.contains(previous) && previous.shape().equals(g.shape())) {
            addInPlace(previous.data(), g.data());
        } else {
            Tensor sum = previous.add(g);
            if (owned != null) {
                owned.add(sum);
            }
            grads.put(t, sum);
        }
    }

    /** sum[i] += g[i]: the same float additions as sum.add(g), without a new array. */
    private static void addInPlace(float[] sum, float[] g) {
        ParallelLoops.run(sum.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                sum[i] += g[i];
            }
        });
    }

    /**
     * Tensors reachable from the roots through recorded ops, each before every tensor computed
     * from it (so walking the list backwards is a valid backward order). Fills {@code relevant}: whether a
     * gradient must be computed for the tensor (it requires one, and leads to a target).
     */
    private static List<Tensor> topologicalOrder(List<Tensor> roots, Set<Tensor> targets,
                                                 Map<Tensor, Boolean> relevant) {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> visited = new IdentityHashMap<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        for (Tensor root : roots) {
            if (visited.containsKey(root)) {
                continue;
            }
            visited.put(root, Boolean.TRUE);
            stack.push(new Object[] {root, 0});
            while (!stack.isEmpty()) {
                Object[] frame = stack.peek();
                Tensor t = (Tensor) frame[0];
                int next = (Integer) frame[1];
                Tensor[] inputs = t.gradNode() == null ? new Tensor[0] : t.gradNode().inputArray();
                if (next < inputs.length) {
                    frame[1] = next + 1;
                    Tensor child = inputs[next];
                    if (child.requiresGrad() && !visited.containsKey(child)) {
                        visited.put(child, Boolean.TRUE);
                        stack.push(new Object[] {child, 0});
                    }
                } else {
                    stack.pop();
                    boolean isRelevant = targets == null ? t.requiresGrad() : targets.contains(t);
                    // a freed node has lost its inputs; keep it on the path so the pass reaches it and says it was freed
                    isRelevant |= t.gradNode() != null && t.gradNode().isReleased();
                    for (Tensor input : inputs) {
                        isRelevant |= Boolean.TRUE.equals(relevant.get(input));
                    }
                    relevant.put(t, t.requiresGrad() && isRelevant);
                    order.add(t);
                }
            }
        }
        return order;
    }
}
