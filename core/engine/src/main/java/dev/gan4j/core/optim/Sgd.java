package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.List;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay,
 * following torch.optim.SGD with dampening 0.
 *
 * <p>Per parameter, with d = g + decay · p:
 * <pre>
 *   b = d                 on the parameter's first update, else  b = μ b + d
 *   d = d + μ b  (Nesterov)   or   d = b  (plain momentum)
 *   p = p − lr · d
 * </pre>
 * Without momentum the update is {@code p = p − lr · d}. A parameter without a gradient keeps its
 * values, buffer and count. State keys: {@code "<name>.momentum_buffer"} (only with momentum),
 * {@code "<name>.step"} and {@code "step"}.
 */
public final class Sgd extends PerParameterOptimizer {
    private static final String NAME = "SGD";

    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;

    private Sgd(Builder b, List<Parameter> parameters, double learningRate) {
        super(NAME, b.momentum != 0
                ? new ParameterSlots(NAME, parameters, "momentum_buffer")
                : new ParameterSlots(NAME, parameters), learningRate);
        this.momentum = b.momentum;
        this.nesterov = b.nesterov;
        this.weightDecay = b.weightDecay;
    }

    /** A builder; parameters and learning rate are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    void update(int index, float[] p, float[] g) {
        ParameterSlots slots = slots();
        boolean first = slots.updates(index) == 0;
        slots.countUpdate(index);
        if (momentum == 0) {
            updatePlain(p, g);
        } else {
            updateWithMomentum(p, g, slots.slot(index, 0), first);
        }
    }

    private void updatePlain(float[] p, float[] g) {
        float negLr = (float) -learningRate();
        float decay = (float) weightDecay;
        for (int j = 0; j < p.length; j++) {
            float d = decay == 0 ? g[j] : g[j] + decay * p[j];
            p[j] += negLr * d;
        }
    }

    private void updateWithMomentum(float[] p, float[] g, float[] buffer, boolean first) {
        float negLr = (float) -learningRate();
        float decay = (float) weightDecay;
        float mu = (float) momentum;
        for (int j = 0; j < p.length; j++) {
            float d = decay == 0 ? g[j] : g[j] + decay * p[j];
            float b = first ? d : buffer[j] * mu + d;
            buffer[j] = b;
            float direction = nesterov ? d + mu * b : b;
            p[j] += negLr * direction;
        }
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate() + ", momentum=" + momentum + (nesterov ? ", nesterov" : "")
                + (weightDecay != 0 ? ", weightDecay=" + weightDecay : "") + ")";
    }

    /** Builds an {@link Sgd}: defaults are no momentum and no weight decay. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private double momentum;
        private boolean nesterov;

        private Builder() {
            super(NAME);
        }

        /** Optional: the momentum factor μ, in [0, 1). */
        public Builder optMomentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        /** Optional: Nesterov momentum (needs a momentum above 0). */
        public Builder optNesterov(boolean nesterov) {
            this.nesterov = nesterov;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Checks the settings and builds the optimiser. */
        public Sgd build() {
            List<Parameter> parameters = requireParameters();
            double lr = requireLearningRate();
            requireFraction("momentum", momentum);
            requireNonNegative("weightDecay", weightDecay);
            if (nesterov && momentum == 0) {
                throw new IllegalStateException("SGD with Nesterov momentum needs a momentum above 0: call "
                        + "optMomentum(0.9) (for example) on the builder, or optNesterov(false).");
            }
            return new Sgd(this, parameters, lr);
        }
    }
}
