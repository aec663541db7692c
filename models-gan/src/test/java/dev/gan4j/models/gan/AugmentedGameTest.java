package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.augment.AugmentConfig;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import org.junit.jupiter.api.Test;

/**
 * Differentiable augmentation in the gan and dcgan families: how the config reads, that it
 * needs images, that both phases see augmented images with gradients reaching the generator, and
 * that the same seed gives the same losses.
 */
class AugmentedGameTest {
    private static final DataSpec IMAGES = new DataSpec("tiny", new int[] {1, 28, 28}, 10);

    private static DcganConfig dcgan(AugmentConfig augment) {
        return new DcganConfig(new DcganNetworkConfig(8, null, false, null), 8, null, null, null, null, null, augment);
    }

    private static Batch batch() {
        return new Batch(Tensor.uniform(new Rng(3), -1f, 1f, 4, 1, 28, 28), null);
    }

    private static PhaseLoss lossOf(GanSystem system, int phase, long seed) {
        Phase p = system.phases().get(phase);
        return p.loss(batch(), new Rng(seed));
    }

    @Test
    void anEmptyAugmentObjectReadsAsThePapersPolicy() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(DcganConfig.class, "dcgan"),
                new NamedType(DcganNetworkConfig.class, DcganNetworkType.ID));
        FamilyConfig config = mapper.readValue("{\"type\": \"dcgan\", \"augment\": {}}", FamilyConfig.class);
        assertThat(((DcganConfig) config).augment()).isEqualTo(AugmentConfig.defaults());
        assertThat(mapper.writerFor(FamilyConfig.class).writeValueAsString(config))
                .endsWith("\"augment\":{\"policy\":[\"translation\",\"cutout\"],\"translation\":0.125,\"cutout\":0.5}}");
    }

    @Test
    void augmentationOfDataThatAreNotImagesIsRefusedNamingTheField() {
        GanConfig config = new GanConfig(MlpNetworkConfig.withHiddenSizes(8), 4, null, null, null, null, null,
                AugmentConfig.defaults());
        assertThatThrownBy(() -> new PlainGanFamily().build(config,
                BuildContexts.installed(new DataSpec("ring8", new int[] {2}, 0), 1)))
                .hasMessageContaining("family.augment augments images [C, H, W], but a sample of this data has shape [2]");
    }

    @Test
    void bothPhasesScoreAugmentedImagesAndTheGeneratorStillGetsGradients() {
        GanSystem plain = new DcganFamily().build(dcgan(null), BuildContexts.installed(IMAGES, 5));
        GanSystem augmented = new DcganFamily().build(dcgan(AugmentConfig.defaults()), BuildContexts.installed(IMAGES, 5));
        for (int phase = 0; phase < 2; phase++) {
            assertThat(lossOf(augmented, phase, 7).loss().item()).as("phase " + phase)
                    .isNotEqualTo(lossOf(plain, phase, 7).loss().item());
        }
        lossOf(augmented, 1, 7).loss().backward();
        augmented.networks().get("generator").parameters()
                .forEach(p -> assertThat(p.tensor().grad()).as(p.name()).isNotNull());
    }

    @Test
    void theSameSeedGivesTheSameAugmentedLosses() {
        GanSystem first = new DcganFamily().build(dcgan(AugmentConfig.defaults()), BuildContexts.installed(IMAGES, 5));
        GanSystem second = new DcganFamily().build(dcgan(AugmentConfig.defaults()), BuildContexts.installed(IMAGES, 5));
        for (int phase = 0; phase < 2; phase++) {
            assertThat(lossOf(first, phase, 11).loss().item()).isEqualTo(lossOf(second, phase, 11).loss().item());
        }
    }
}
