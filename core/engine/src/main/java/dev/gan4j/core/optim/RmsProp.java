package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * RMSprop (Hinton's lecture 6e) as torch.optim.RMSprop: optional centring, momentum and L2 weight
 * decay.
 *
 * <p>Per parameter, with g the gradient plus {@code decay · p}:
 * <pre>
 *   s = α s + (1 − α) g²
 *   a = α a + (1 − α) g              (centred only)
 *   r = √(s − a²) + ε  (centred)  or  √s + ε
 *   b = μ b + g / r,  p = p − lr · b (with momentum)  or  p = p − lr · g / r
 * </pre>
 * Arithmetic is float32, as in torch. A parameter without a gradient keeps its values, averages
 * and count. State keys: {@code "<name>.square_avg"}, {@code "<name>.grad_avg"} (centred),
 * {@code "<name>.momentum_buffer"} (with momentum), {@code "<name>.step"} and {@code "step"}.
 */
public final class RmsProp extends PerParameterOptimizer {
    private static final String NAME = "RMSprop";

    private final double alpha;
    private final double epsilon;
    private final double momentum;
    private final boolean centered;
    private final double weightDecay;
    private final int gradAvgSlot;
    private final int momentumSlot;

    private RmsProp(Builder b, List<Parameter> parameters, double learningRate) {
        this(b, parameters, learningRate, slotNames(b));
    }

    private RmsProp(Builder b, List<Parameter> parameters, double learningRate, List<String> slotNames) {
        super(NAME, new ParameterSlots(NAME, parameters, slotNames.toArray(String[]::new)), learningRate);
        this.gradAvgSlot = slotNames.indexOf("grad_avg");
        this.momentumSlot = slotNames.indexOf("momentum_buffer");
        this.alpha = b.alpha;
        this.epsilon = b.epsilon;
        this.momentum = b.momentum;
        this.centered = b.centered;
        this.weightDecay = b.weightDecay;
    }

    /** A builder; parameters and learning rate are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** "square_avg", then "grad_avg" when centred, then "momentum_buffer" with momentum. */
    private static List<String> slotNames(Builder b) {
        List<String> slotNames = new ArrayList<>(List.of("square_avg"));
        if (b.centered) {
            slotNames.add("grad_avg");
        }
        if (b.momentum != 0) {
            slotNames.add("momentum_buffer");
        }
        return slotNames;
    }

    @Override
    void update(int index, float[] p, float[] g) {
        ParameterSlots slots = slots();
        slots.countUpdate(index);
        update(p, g, slots.slot(index, 0),
                centered ? slots.slot(index, gradAvgSlot) : null,
                momentum != 0 ? slots.slot(index, momentumSlot) : null);
    }

    private void update(float[] p, float[] g, float[] squareAvg, float[] gradAvg, float[] buffer) {
        float a = (float) alpha;
        float oneMinusA = (float) (1 - alpha);
        float eps = (float) epsilon;
        float decay = (float) weightDecay;
        float mu = (float) momentum;
        float negLr = (float) -learningRate();
        for (int j = 0; j < p.length; j++) {
            float gj = decay == 0 ? g[j] : g[j] + decay * p[j];
            float s = squareAvg[j] * a + oneMinusA * gj * gj;
            squareAvg[j] = s;
            float r;
            if (gradAvg != null) {
                float avg = gradAvg[j] * a + oneMinusA * gj;
                gradAvg[j] = avg;
                r = (float) Math.sqrt(s - avg * avg) + eps;
            } else {
                r = (float) Math.sqrt(s) + eps;
            }
            if (buffer != null) {
                float b = buffer[j] * mu + gj / r;
                buffer[j] = b;
                p[j] += negLr * b;
            } else {
                p[j] += negLr * gj / r;
            }
        }
    }

    @Override
    public String toString() {
        return "RMSprop(lr=" + learningRate() + ", alpha=" + alpha + ", eps=" + epsilon + ", momentum=" + momentum
                + (centered ? ", centered" : "") + (weightDecay != 0 ? ", weightDecay=" + weightDecay : "") + ")";
    }

    /** Builds an {@link RmsProp}: defaults α = 0.99, ε = 1e-8, no momentum, not centred, no decay (torch's). */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private double alpha = 0.99;
        private double epsilon = 1e-8;
        private double momentum;
        private boolean centered;

        private Builder() {
            super(NAME);
        }

        /** Optional: the smoothing constant α of the squared-gradient average, in [0, 1). */
        public Builder optAlpha(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** Optional: the term added to the denominator for stability. */
        public Builder optEpsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** Optional: the momentum factor μ, in [0, 1). */
        public Builder optMomentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        /** Optional: normalise by an estimate of the gradient's variance rather than its second moment. */
        public Builder optCentered(boolean centered) {
            this.centered = centered;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Checks the settings and builds the optimiser with zeroed averages. */
        public RmsProp build() {
            List<Parameter> parameters = requireParameters();
            double lr = requireLearningRate();
            requireFraction("alpha", alpha);
            requireNonNegative("epsilon", epsilon);
            requireFraction("momentum", momentum);
            requireNonNegative("weightDecay", weightDecay);
            return new RmsProp(this, parameters, lr);
        }
    }
}
