package dev.gan4j.core.optim;

/** How an optimiser applies weight decay. */
public enum WeightDecayMode {
    /**
     * Adds {@code decay * parameter} to the gradient before the update (torch's {@code weight_decay}
     * in Adam, SGD and RMSprop), so adaptive optimisers rescale the decay with the gradient.
     */
    L2,
    /**
     * Shrinks the parameter by {@code lr * decay} before the update, apart from the gradient
     * (decoupled weight decay, torch.optim.AdamW).
     */
    DECOUPLED
}
