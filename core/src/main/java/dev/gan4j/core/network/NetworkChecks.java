package dev.gan4j.core.network;

import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkRequest;

/** The argument checks every network type makes, with messages that name the network and the value. */
final class NetworkChecks {
    private NetworkChecks() {
    }

    /** {@code config} as the given record class, or a sentence saying which config the type needs. */
    static <C extends NetworkConfig> C requireConfig(String typeId, Class<C> configClass, NetworkConfig config) {
        if (!configClass.isInstance(config)) {
            throw new IllegalArgumentException("The " + typeId + " network type builds from a " + configClass.getSimpleName()
                    + ", but was given " + (config == null ? "null" : "a " + config.getClass().getSimpleName())
                    + "; give the network config \"type\": \"" + typeId + "\".");
        }
        return configClass.cast(config);
    }

    /** Fails with a sentence naming the network and the size unless {@code value} is 1 or more. */
    static void requirePositive(String typeId, String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("The " + typeId + " network needs a " + what + " of 1 or more, but got "
                    + value + ".");
        }
    }

    /** The checks of {@link #requirePositive} that building makes on the size of {@code request}'s role. */
    static void requireSize(String typeId, NetworkRequest request) {
        switch (request.role()) {
            case GENERATOR -> requirePositive(typeId, "latent size", request.size());
            case DISCRIMINATOR -> requirePositive(typeId, "number of discriminator outputs", request.size());
            case ENCODER -> requirePositive(typeId, "code size", request.size());
            default -> {
            }
        }
    }
}
