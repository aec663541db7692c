package dev.gan4j.core.config;

/**
 * An optimiser by name with its settings; absent fields take the GAN defaults (Adam, lr 2e-4,
 * betas 0.5 and 0.999, as in DCGAN).
 *
 * @param type        {@code "adam"}, {@code "adamw"}, {@code "sgd"} or {@code "rmsprop"}
 * @param lr          learning rate
 * @param beta1       Adam's first-moment decay
 * @param beta2       Adam's second-moment decay
 * @param momentum    SGD's and RMSProp's momentum
 * @param weightDecay weight decay (decoupled for adamw, L2 otherwise)
 * @param clipNorm    clip the gradients' global L2 norm to this before each step; 0 for none
 */
public record OptimizerConfig(String type, Double lr, Double beta1, Double beta2, Double momentum,
                              Double weightDecay, Double clipNorm) {
    /** Applies the defaults in one place. */
    public OptimizerConfig {
        type = type == null ? "adam" : type;
        lr = lr == null ? 2e-4 : lr;
        beta1 = beta1 == null ? 0.5 : beta1;
        beta2 = beta2 == null ? 0.999 : beta2;
        momentum = momentum == null ? 0.0 : momentum;
        weightDecay = weightDecay == null ? 0.0 : weightDecay;
        clipNorm = clipNorm == null ? 0.0 : clipNorm;
    }

    /** Adam, lr 2e-4, betas (0.5, 0.999). */
    public static OptimizerConfig defaults() {
        return new OptimizerConfig(null, null, null, null, null, null, null);
    }
}
