package dev.gan4j.core.network;

import dev.gan4j.core.spi.NetworkConfig;
import java.util.List;

/**
 * The settings of the {@code "mlp"} network type: fully connected layers with leaky rectifiers.
 * Absent fields take their defaults here, in one place.
 *
 * <pre>{@code {"type": "mlp", "hiddenSizes": [256, 512], "leakySlope": 0.2, "batchNorm": false}}</pre>
 *
 * @param hiddenSizes     the hidden layer widths of the generator, from the noise upwards
 *                        (default [256, 512]); the discriminator and the encoder use them in reverse
 *                        order, from the data downwards, as in the reference MLP GAN
 * @param leakySlope      the negative slope of every hidden activation (default 0.2; 0 is a plain relu)
 * @param batchNorm       whether the generator has a BatchNorm1d after each hidden linear layer
 *                        (default false)
 * @param generatorOutput the generator's last activation: {@code "tanh"} (samples in [−1, 1]) or
 *                        {@code "linear"}; absent means tanh for images and linear for vectors
 *                        (the toy 2-D mixtures are not confined to [−1, 1])
 */
public record MlpNetworkConfig(List<Integer> hiddenSizes, Double leakySlope, Boolean batchNorm,
                               String generatorOutput) implements NetworkConfig {
    /** The generator's output activation that bounds samples to [−1, 1]. */
    public static final String TANH = "tanh";
    /** The generator's output without an activation. */
    public static final String LINEAR = "linear";

    /** Applies the defaults and checks every field, naming it. */
    public MlpNetworkConfig {
        hiddenSizes = hiddenSizes == null ? List.of(256, 512) : List.copyOf(hiddenSizes);
        leakySlope = leakySlope == null ? 0.2 : leakySlope;
        batchNorm = batchNorm != null && batchNorm;
        if (hiddenSizes.isEmpty()) {
            throw new IllegalArgumentException("The mlp network's hiddenSizes is empty; give at least one hidden layer "
                    + "width, for example [256, 512].");
        }
        for (int i = 0; i < hiddenSizes.size(); i++) {
            if (hiddenSizes.get(i) <= 0) {
                throw new IllegalArgumentException("The mlp network's hiddenSizes[" + i + "] is " + hiddenSizes.get(i)
                        + ", but every hidden layer width must be 1 or more.");
            }
        }
        if (!Double.isFinite(leakySlope)) {
            throw new IllegalArgumentException("The mlp network's leakySlope is " + leakySlope
                    + ", but it must be a finite number (0.2 is usual).");
        }
        if (generatorOutput != null && !generatorOutput.equals(TANH) && !generatorOutput.equals(LINEAR)) {
            throw new IllegalArgumentException("The mlp network's generatorOutput is \"" + generatorOutput
                    + "\", but it must be \"tanh\" or \"linear\" (or absent: tanh for images, linear for vectors).");
        }
    }

    /** All defaults. */
    public static MlpNetworkConfig defaults() {
        return new MlpNetworkConfig(null, null, null, null);
    }

    /** The given hidden widths, other fields at their defaults. */
    public static MlpNetworkConfig withHiddenSizes(Integer... hiddenSizes) {
        return new MlpNetworkConfig(List.of(hiddenSizes), null, null, null);
    }

    /** Whether the generator ends in tanh for data of this kind: as set, or tanh exactly for images. */
    public boolean tanhOutputFor(boolean imageData) {
        return generatorOutput == null ? imageData : generatorOutput.equals(TANH);
    }
}
