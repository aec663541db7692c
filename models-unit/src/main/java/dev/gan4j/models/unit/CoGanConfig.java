package dev.gan4j.models.unit;

import dev.gan4j.core.objective.NonSaturatingObjective;
import dev.gan4j.core.spi.FamilyConfig;

/**
 * The config of the {@code "cogan"} family (Liu &amp; Tuzel 2016), defaults applied here, in one
 * place: the paper's sharing (all generator layers but the last, all discriminator layers but the
 * first) and its standard GAN loss. Translation needs a domain's image back in the noise: this
 * family trains an encoder per domain with the GANs (not an optimisation per image), so a
 * translation is one forward pass and exports to ONNX.
 *
 * <pre>{@code
 * {"type": "cogan", "baseChannels": 32, "latentSize": 64, "sharedGeneratorLayers": 2,
 *  "sharedDiscriminatorLayers": 2, "objective": "non-saturating", "lambdaEncoderReconstruction": 1}
 * }</pre>
 *
 * @param baseChannels                the base channels of the
 *                                    {@link dev.gan4j.core.network.CoupledNetworks} (default 32)
 * @param latentSize                  the shared noise's size (default 64)
 * @param sharedGeneratorLayers       the generators' first layers shared, 0 to 2 (default 2)
 * @param sharedDiscriminatorLayers   the discriminators' last layers shared, 0 to 2 (default 2)
 * @param objective                   the adversarial objective (default non-saturating)
 * @param lambdaEncoderReconstruction the weight of the encoders' L1 reconstruction of real images
 *                                    through the generators, beside the regression of the noise
 *                                    of generated images (default 1)
 */
public record CoGanConfig(Integer baseChannels, Integer latentSize, Integer sharedGeneratorLayers,
                          Integer sharedDiscriminatorLayers, String objective, Double lambdaEncoderReconstruction)
        implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public CoGanConfig {
        baseChannels = ConfigChecks.count("cogan.baseChannels", baseChannels, 32, "32 by default");
        latentSize = ConfigChecks.count("cogan.latentSize", latentSize, 64, "64 by default");
        if (baseChannels == 0 || latentSize == 0) {
            throw new IllegalArgumentException("cogan." + (baseChannels == 0 ? "baseChannels" : "latentSize")
                    + " is 0, but it must be 1 or more.");
        }
        sharedGeneratorLayers = ConfigChecks.count("cogan.sharedGeneratorLayers", sharedGeneratorLayers, 2,
                "2 in CoGAN");
        sharedDiscriminatorLayers = ConfigChecks.count("cogan.sharedDiscriminatorLayers", sharedDiscriminatorLayers, 2,
                "2 in CoGAN");
        objective = ConfigChecks.objective("cogan.objective", objective, NonSaturatingObjective.NAME);
        lambdaEncoderReconstruction = ConfigChecks.weight("cogan.lambdaEncoderReconstruction",
                lambdaEncoderReconstruction, 1, "1 by default");
    }

    /** All defaults. */
    public static CoGanConfig defaults() {
        return new CoGanConfig(null, null, null, null, null, null);
    }
}
