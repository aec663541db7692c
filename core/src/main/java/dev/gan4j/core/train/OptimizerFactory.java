package dev.gan4j.core.train;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.optim.RmsProp;
import dev.gan4j.core.optim.Sgd;
import dev.gan4j.core.optim.WeightDecayMode;
import java.util.List;

/**
 * Builds the optimiser an {@link OptimizerConfig} names: {@code "adam"} (L2 weight decay),
 * {@code "adamw"} (decoupled weight decay), {@code "sgd"} (with momentum) or {@code "rmsprop"}.
 */
public final class OptimizerFactory {
    /** The optimiser types a config may name. */
    public static final List<String> KNOWN_TYPES = List.of("adam", "adamw", "sgd", "rmsprop");

    private OptimizerFactory() {
    }

    /**
     * The optimiser for a phase.
     *
     * @param phase      the phase's name, for messages ({@code training.optimizers.<phase>})
     * @param config     the settings
     * @param parameters what it updates
     * @throws IllegalArgumentException naming the field and the known types when the type is unknown
     */
    public static Optimizer create(String phase, OptimizerConfig config, List<Parameter> parameters) {
        String field = "training.optimizers." + phase;
        double lr = config.lr();
        double decay = config.weightDecay();
        if (!KNOWN_TYPES.contains(config.type())) {
            throw new IllegalArgumentException(field + ".type is \"" + config.type()
                    + "\", which is not a known optimiser; the known types are " + KNOWN_TYPES + ".");
        }
        try {
            return switch (config.type()) {
                case "adam" -> Adam.builder().setParameters(parameters).setLearningRate(lr).optBeta1(config.beta1())
                        .optBeta2(config.beta2()).optWeightDecay(decay, WeightDecayMode.L2).build();
                case "adamw" -> Adam.builder().setParameters(parameters).setLearningRate(lr).optBeta1(config.beta1())
                        .optBeta2(config.beta2()).optWeightDecay(decay, WeightDecayMode.DECOUPLED).build();
                case "sgd" -> Sgd.builder().setParameters(parameters).setLearningRate(lr)
                        .optMomentum(config.momentum()).optWeightDecay(decay).build();
                case "rmsprop" -> RmsProp.builder().setParameters(parameters).setLearningRate(lr)
                        .optMomentum(config.momentum()).optWeightDecay(decay).build();
                default -> throw new IllegalStateException("unreachable: " + config.type());
            };
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " does not make a valid " + config.type() + " optimiser: "
                    + e.getMessage(), e);
        }
    }
}
