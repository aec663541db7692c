package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import java.util.Arrays;

/**
 * How a decoder's output is compared with the data it should reconstruct. Both losses are summed
 * over the values of a sample and averaged over the batch, so they weigh against a KL term that
 * is summed over the latent dimensions.
 */
enum Reconstruction {
    /**
     * Binary cross-entropy of data in [−1, 1] read as probabilities (x + 1)/2, against a decoder
     * whose tanh output y = tanh(a) is read as p = (y + 1)/2 = σ(2a); computed from the
     * pre-activation a, so it never takes the log of a probability. The decoder must end in tanh.
     */
    BCE("bce"),
    /** Squared error between the decoder's output and the data: a Gaussian decoder of variance ½. */
    MSE("mse");

    private final String configName;

    Reconstruction(String configName) {
        this.configName = configName;
    }

    /** The name used in configs. */
    String configName() {
        return configName;
    }

    /** The known config names. */
    static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(Reconstruction::configName).toList());
    }

    /** Checks a config value (null is allowed and means the default for the data), naming the field. */
    static void check(String field, String name) {
        if (name != null && Arrays.stream(values()).noneMatch(r -> r.configName.equals(name))) {
            throw new IllegalArgumentException(field + " is \"" + name + "\", but it must be one of " + knownNames()
                    + " (or absent: bce for images, mse for vectors).");
        }
    }

    /** The reconstruction called {@code name}, or the default for the data when it is null: bce for images, mse for vectors. */
    static Reconstruction resolve(String name, DataSpec data) {
        if (name == null) {
            return data.isImage() ? BCE : MSE;
        }
        for (Reconstruction r : values()) {
            if (r.configName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("There is no reconstruction loss called \"" + name + "\"; use one of "
                + knownNames() + ".");
    }
}
