package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Shape;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The record of one op in the graph: its name, its inputs and its backward rule.
 *
 * <p>A node is freed by a backward pass that does not retain the graph: its rule (and so the
 * tensors the rule saved) and its inputs are dropped, so a loss kept after backward does not keep
 * the step's activations alive, and a second pass through it is refused with a message.
 */
public final class GradNode {
    private final String op;
    private static final Tensor[] NONE = new Tensor[0];

    private Tensor[] inputs;
    private BackwardRule rule;

    private GradNode(String op, Tensor[] inputs, BackwardRule rule) {
        this.op = op;
        this.inputs = inputs;
        this.rule = rule;
    }

    /**
     * The output tensor of an op: recorded in the graph when gradients are being recorded on
     * this thread and an input requires them, a plain tensor otherwise.
     */
    public static Tensor result(String op, float[] data, Shape shape, BackwardRule rule, Tensor... inputs) {
        OpProfile.opFinished(op);
        if (GradMode.isEnabled()) {
            for (Tensor input : inputs) {
                if (input.requiresGrad()) {
                    return Tensor.fromOp(data, shape, new GradNode(op, inputs, rule));
                }
            }
        }
        return Tensor.fromOp(data, shape, null);
    }

    /** The op's name, as used in error messages. */
    public String op() {
        return op;
    }

    /** The op's inputs; empty once a backward pass has freed this node. */
    public List<Tensor> inputs() {
        return List.of(inputs);
    }

    Tensor[] inputArray() {
        return inputs;
    }

    boolean isReleased() {
        return rule == null;
    }

    BackwardRule rule() {
        return rule;
    }

    void release() {
        rule = null;
        inputs = NONE;
    }
}
