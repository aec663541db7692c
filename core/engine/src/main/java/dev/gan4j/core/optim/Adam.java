package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.List;

/**
 * Adam (Kingma and Ba, 2015) with the bias correction of torch.optim.Adam, and optional weight
 * decay: L2 (torch's Adam {@code weight_decay}) or decoupled (torch.optim.AdamW).
 *
 * <p>Per parameter, with gradient g (plus {@code decay * p} in L2 mode) and t its update count:
 * <pre>
 *   m = β1 m + (1 − β1) g
 *   v = β2 v + (1 − β2) g²
 *   p = p − lr / (1 − β1^t) · m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * In decoupled mode p is first multiplied by {@code 1 − lr · decay}. Arithmetic is float32 with
 * the scalar factors computed in double, as torch does. A parameter without a gradient keeps its
 * values, moments and count. State keys: {@code "<name>.exp_avg"}, {@code "<name>.exp_avg_sq"},
 * {@code "<name>.step"} and {@code "step"}.
 */
public final class Adam extends PerParameterOptimizer {
    private static final String NAME = "Adam";
    private static final int EXP_AVG = 0;
    private static final int EXP_AVG_SQ = 1;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final WeightDecayMode weightDecayMode;

    private Adam(Builder b, List<Parameter> parameters, double learningRate) {
        super(NAME, new ParameterSlots(NAME, parameters, "exp_avg", "exp_avg_sq"), learningRate);
        this.beta1 = b.beta1;
        this.beta2 = b.beta2;
        this.epsilon = b.epsilon;
        this.weightDecay = b.weightDecay;
        this.weightDecayMode = b.weightDecayMode;
    }

    /** A builder; parameters and learning rate are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    void update(int index, float[] p, float[] g) {
        ParameterSlots slots = slots();
        update(p, g, slots.slot(index, EXP_AVG), slots.slot(index, EXP_AVG_SQ), slots.countUpdate(index));
    }

    private void update(float[] p, float[] g, float[] m, float[] v, long t) {
        double learningRate = learningRate();
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float negStepSize = (float) -(learningRate / (1 - Math.pow(beta1, t)));
        float correction2Sqrt = (float) Math.sqrt(1 - Math.pow(beta2, t));
        float eps = (float) epsilon;
        boolean l2 = weightDecay != 0 && weightDecayMode == WeightDecayMode.L2;
        if (weightDecay != 0 && weightDecayMode == WeightDecayMode.DECOUPLED) {
            float shrink = (float) (1 - learningRate * weightDecay);
            for (int j = 0; j < p.length; j++) {
                p[j] *= shrink;
            }
        }
        float decay = (float) weightDecay;
        for (int j = 0; j < p.length; j++) {
            float gj = l2 ? g[j] + decay * p[j] : g[j];
            float mj = m[j] * b1 + oneMinusB1 * gj;
            float vj = v[j] * b2 + oneMinusB2 * gj * gj;
            m[j] = mj;
            v[j] = vj;
            float denominator = (float) Math.sqrt(vj) / correction2Sqrt + eps;
            p[j] += negStepSize * mj / denominator;
        }
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate() + ", betas=(" + beta1 + ", " + beta2 + "), eps=" + epsilon
                + (weightDecay != 0 ? ", weightDecay=" + weightDecay + " " + weightDecayMode : "") + ")";
    }

    /** Builds an {@link Adam}: defaults β1 = 0.9, β2 = 0.999, ε = 1e-8, no weight decay (torch's). */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private WeightDecayMode weightDecayMode = WeightDecayMode.L2;

        private Builder() {
            super(NAME);
        }

        /** Optional: the decay of the first moment, in [0, 1); GANs often use 0.5. */
        public Builder optBeta1(double beta1) {
            this.beta1 = beta1;
            return this;
        }

        /** Optional: the decay of the second moment, in [0, 1). */
        public Builder optBeta2(double beta2) {
            this.beta2 = beta2;
            return this;
        }

        /** Optional: the term added to the denominator for stability. */
        public Builder optEpsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** Optional: L2 weight decay (torch's Adam {@code weight_decay}). */
        @Override
        public Builder optWeightDecay(double weightDecay) {
            return optWeightDecay(weightDecay, WeightDecayMode.L2);
        }

        /** Optional: weight decay applied as {@code mode} says; {@link WeightDecayMode#DECOUPLED} gives AdamW. */
        public Builder optWeightDecay(double weightDecay, WeightDecayMode mode) {
            super.optWeightDecay(weightDecay);
            this.weightDecayMode = java.util.Objects.requireNonNull(mode, "mode");
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Checks the settings and builds the optimiser with zeroed moments. */
        public Adam build() {
            List<Parameter> parameters = requireParameters();
            double lr = requireLearningRate();
            requireFraction("beta1", beta1);
            requireFraction("beta2", beta2);
            requireNonNegative("epsilon", epsilon);
            requireNonNegative("weightDecay", weightDecay);
            return new Adam(this, parameters, lr);
        }
    }
}
