package dev.gan4j.core.optim;

import dev.gan4j.core.nn.Parameter;
import java.util.List;

/**
 * The settings every optimiser needs: the parameters it updates and a learning rate. Required
 * settings are {@code setX}, optional ones {@code optX}; {@code build()} says which is missing.
 *
 * @param <B> the concrete builder, returned by each setter for chaining
 */
public abstract class OptimizerBuilder<B extends OptimizerBuilder<B>> {
    private final String optimizerName;
    private List<Parameter> parameters;
    private double learningRate = Double.NaN;
    /** The weight decay set by {@link #optWeightDecay}, 0 when none; read by the optimisers of this package. */
    double weightDecay;

    /** A builder for the optimiser called {@code optimizerName} in messages. */
    protected OptimizerBuilder(String optimizerName) {
        this.optimizerName = optimizerName;
    }

    /** Required: the parameters to update, with distinct names (a copy of the list is kept). */
    public B setParameters(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        return self();
    }

    /** Required: the initial learning rate (a schedule may change it before each step). */
    public B setLearningRate(double learningRate) {
        this.learningRate = learningRate;
        return self();
    }

    /**
     * Optional: L2 weight decay, added to the gradient as {@code decay * p} (default 0); each
     * optimiser's {@code build()} checks it is finite and zero or more.
     */
    public B optWeightDecay(double weightDecay) {
        this.weightDecay = weightDecay;
        return self();
    }

    /** This builder, typed as the concrete builder. */
    protected abstract B self();

    /** The parameters; fails with a message saying what to call when they were not set. */
    protected List<Parameter> requireParameters() {
        if (parameters == null) {
            throw new IllegalStateException(optimizerName + " needs the parameters to update: call setParameters("
                    + "network.parameters()) on the builder before build().");
        }
        ParameterSlots.requireDistinctNames(optimizerName, parameters);
        return parameters;
    }

    /** The learning rate; fails with a message when it was not set or is negative. */
    protected double requireLearningRate() {
        if (Double.isNaN(learningRate)) {
            throw new IllegalStateException(optimizerName + " needs a learning rate: call setLearningRate(...) "
                    + "on the builder before build(), for example setLearningRate(2e-4).");
        }
        requireLearningRateValue(optimizerName, learningRate);
        return learningRate;
    }

    /** Fails unless {@code value} is a finite learning rate of zero or more. */
    static void requireLearningRateValue(String optimizerName, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The learning rate of " + optimizerName + " must be a finite number "
                    + "of zero or more, but was " + value + ".");
        }
    }

    /** Fails unless {@code value} lies in [0, 1). */
    protected void requireFraction(String setting, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalStateException("The " + setting + " of " + optimizerName
                    + " must be in [0, 1), but was " + value + "; set it with opt" + capitalise(setting) + "(...).");
        }
    }

    /** Fails unless {@code value} is finite and zero or more. */
    protected void requireNonNegative(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalStateException("The " + setting + " of " + optimizerName
                    + " must be a finite number of zero or more, but was " + value + "; set it with opt"
                    + capitalise(setting) + "(...).");
        }
    }

    private static String capitalise(String setting) {
        return Character.toUpperCase(setting.charAt(0)) + setting.substring(1);
    }
}
