package dev.gan4j.core.optim;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * What Adam, RMSprop and SGD share: each updates every parameter that has a gradient on its own,
 * from that gradient and the parameter's {@link ParameterSlots}, and keeps a learning rate that a
 * schedule may change. A subclass supplies only the update of one parameter.
 */
abstract class PerParameterOptimizer implements Optimizer {
    private final String name;
    private final ParameterSlots slots;
    private double learningRate;

    /**
     * @param name         the optimiser's name, for messages ("Adam")
     * @param slots        the per-parameter state, over the parameters to update
     * @param learningRate the initial learning rate, already checked
     */
    PerParameterOptimizer(String name, ParameterSlots slots, double learningRate) {
        this.name = name;
        this.slots = slots;
        this.learningRate = learningRate;
    }

    /** The per-parameter state. */
    final ParameterSlots slots() {
        return slots;
    }

    @Override
    public final List<Parameter> parameters() {
        return slots.parameters();
    }

    /** Updates, in order, each parameter that has a gradient, then counts the step. */
    @Override
    public final void step() {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            List<Parameter> parameters = slots.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                Tensor tensor = parameters.get(i).tensor();
                Tensor grad = tensor.grad();
                if (grad != null) {
                    update(i, tensor.data(), grad.data());
                }
            }
            slots.countStep();
        }
    }

    /**
     * Updates parameter {@code index} in place, including its update count in {@link #slots()}.
     *
     * @param p the parameter's values
     * @param g its gradient
     */
    abstract void update(int index, float[] p, float[] g);

    @Override
    public final double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        OptimizerBuilder.requireLearningRateValue(name, learningRate);
        this.learningRate = learningRate;
    }

    @Override
    public final Map<String, float[]> state() {
        return slots.state();
    }

    @Override
    public final void restore(Map<String, float[]> state) {
        slots.restore(state);
    }
}
