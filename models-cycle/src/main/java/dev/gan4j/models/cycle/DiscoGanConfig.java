package dev.gan4j.models.cycle;

import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.UnetNetworkConfig;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;

/**
 * The config of the {@code "discogan"} family (Kim et al. 2017, SKTBrain/DiscoGAN), with the
 * defaults of the official code applied here, in one place. The optimiser (Adam 2e-4, β₁ 0.5,
 * weight decay 1e-5) is set in the run config's {@code training}.
 *
 * <pre>{@code
 * {"type": "discogan", "generator": {"type": "unet", "skips": false}, "discriminator": {"type": "dcgan"},
 *  "reconstructionWeight": 0.5, "startingReconstructionWeight": 0.01, "curriculumSteps": 10000,
 *  "featureMatching": 0.9}
 * }</pre>
 *
 * @param generator                    both translators' network (default the encoder-decoder:
 *                                     {@code unet} without skips, batch norm, leaky relu 0.2 down, relu up)
 * @param discriminator                both discriminators' network (default {@code dcgan}: strided
 *                                     4×4 convolutions with batch norm and leaky relu 0.2); its hidden
 *                                     leaky-relu outputs are the features matched
 * @param reconstructionWeight         the weight r of the reconstruction MSE after the curriculum
 *                                     (default 0.5); the adversarial part weighs 1 − r
 * @param startingReconstructionWeight r during the curriculum (default 0.01: mostly adversarial early)
 * @param curriculumSteps              generator steps before r rises (default 10000)
 * @param featureMatching              the feature-matching share of the adversarial part (default
 *                                     0.9; the GAN loss takes the other 0.1)
 */
public record DiscoGanConfig(NetworkConfig generator, NetworkConfig discriminator, Double reconstructionWeight,
                             Double startingReconstructionWeight, Integer curriculumSteps, Double featureMatching)
        implements FamilyConfig {
    /** Applies the defaults and checks the fields, naming them. */
    public DiscoGanConfig {
        generator = generator == null ? new UnetNetworkConfig(null, null, null, false) : generator;
        discriminator = discriminator == null ? DcganNetworkConfig.defaults() : discriminator;
        reconstructionWeight = unitInterval("discogan.reconstructionWeight",
                reconstructionWeight == null ? 0.5 : reconstructionWeight, "0.5 in DiscoGAN");
        startingReconstructionWeight = unitInterval("discogan.startingReconstructionWeight",
                startingReconstructionWeight == null ? 0.01 : startingReconstructionWeight, "0.01 in DiscoGAN");
        curriculumSteps = curriculumSteps == null ? 10_000 : curriculumSteps;
        if (curriculumSteps < 0) {
            throw new IllegalArgumentException("discogan.curriculumSteps is " + curriculumSteps + ", but it must be 0 "
                    + "(no curriculum) or more (10000 in DiscoGAN).");
        }
        featureMatching = unitInterval("discogan.featureMatching", featureMatching == null ? 0.9 : featureMatching,
                "0.9 in DiscoGAN");
    }

    /** All defaults. */
    public static DiscoGanConfig defaults() {
        return new DiscoGanConfig(null, null, null, null, null, null);
    }

    /** The reconstruction weight after {@code steps} generator steps. */
    double reconstructionWeightAt(long steps) {
        return steps < curriculumSteps ? startingReconstructionWeight : reconstructionWeight;
    }

    private static double unitInterval(String field, double value, String usual) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " is " + value + ", but it must be from 0 to 1 (" + usual + ").");
        }
        return value;
    }
}
