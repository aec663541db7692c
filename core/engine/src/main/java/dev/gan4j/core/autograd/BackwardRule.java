package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Tensor;

/**
 * The vector-Jacobian product of one op: given the gradient of the loss with respect to the
 * op's output, the gradients with respect to each of its inputs.
 *
 * <p>A rule is written with differentiable tensor ops, so when the backward pass runs with
 * {@code createGraph} the gradients are themselves part of a graph and can be differentiated
 * again (gradient penalties need this). A rule may return a gradient in the broadcast output
 * shape: the backward driver reduces it to the input's shape.
 */
@FunctionalInterface
public interface BackwardRule {
    /**
     * @param gradOutput the gradient with respect to the op's output
     * @param output     the op's output (rules such as tanh's are cheapest written with it)
     * @param needed     for each input, whether its gradient is wanted; others may be null
     * @return one gradient per input, in input order
     */
    Tensor[] apply(Tensor gradOutput, Tensor output, boolean[] needed);
}
