package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.network.DcganNetworkConfig;
import dev.gan4j.core.network.DcganNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.testing.BuildContexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ebm config: its defaults written out, and a sentence naming the field for each bad value. */
class EbmConfigTest {
    private static final DataSpec IMAGES = new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10);
    private static final DataSpec POINTS = new DataSpec("ring8", new int[] {2}, 0);

    private static EbmConfig withSampler(Integer steps, Double stepSize, Double noise, Double fraction) {
        return new EbmConfig(null, null, null, null, steps, stepSize, noise, fraction, null, List.of(-3.0, 3.0), null, null, null);
    }

    @Test
    void aConfigOfOnlyItsTypeTakesEveryDefault() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(EbmConfig.class, "ebm"), new NamedType(MlpNetworkConfig.class, MlpNetworkType.ID));
        FamilyConfig config = mapper.readValue("{\"type\": \"ebm\"}", FamilyConfig.class);
        assertThat(mapper.writerFor(FamilyConfig.class).writeValueAsString(config)).isEqualTo("{\"type\":\"ebm\","
                + "\"network\":{\"type\":\"mlp\",\"hiddenSizes\":[256,512],\"leakySlope\":0.2,\"batchNorm\":false,"
                + "\"generatorOutput\":null},\"spectralNorm\":false,\"objective\":\"wasserstein\",\"scoreL2\":0.1,"
                + "\"langevinSteps\":60,\"stepSize\":10.0,\"noise\":0.005,\"bufferFraction\":0.95,\"bufferSize\":10000,"
                + "\"dataRange\":null,\"sampleSteps\":60,\"gradientClip\":null,\"dataNoise\":0.0}");
    }

    @Test
    void zeroOrNegativeStepsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> withSampler(0, null, null, null)).hasMessage("ebm.langevinSteps is 0, but it must be 1"
                + " or more: the number of Langevin steps each chain takes (60 is usual).");
        assertThatThrownBy(() -> withSampler(-5, null, null, null)).hasMessageStartingWith("ebm.langevinSteps is -5,");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, null, null, 0, null, null))
                .hasMessageStartingWith("ebm.sampleSteps is 0, but it must be 1 or more");
    }

    @Test
    void zeroNegativeOrInfiniteStepSizeIsRejectedNamingTheField() {
        assertThatThrownBy(() -> withSampler(null, 0.0, null, null)).hasMessage("ebm.stepSize is 0.0, but it must be a"
                + " positive number: the step along the score's gradient at each Langevin step (10 is usual for images in"
                + " [-1, 1]).");
        assertThatThrownBy(() -> withSampler(null, -1.0, null, null)).hasMessageStartingWith("ebm.stepSize is -1.0,");
        assertThatThrownBy(() -> withSampler(null, Double.POSITIVE_INFINITY, null, null))
                .hasMessageStartingWith("ebm.stepSize is Infinity,");
        assertThatThrownBy(() -> withSampler(null, Double.NaN, null, null)).hasMessageStartingWith("ebm.stepSize is NaN,");
    }

    @Test
    void aBufferFractionOutsideZeroToOneIsRejectedNamingTheField() {
        assertThatThrownBy(() -> withSampler(null, null, null, 1.5)).hasMessage("ebm.bufferFraction is 1.5, but it must"
                + " lie in [0, 1]: the fraction of Langevin chains that start from the replay buffer rather than fresh"
                + " noise (0.95 is usual).");
        assertThatThrownBy(() -> withSampler(null, null, null, -0.1)).hasMessageStartingWith("ebm.bufferFraction is -0.1,");
        assertThatThrownBy(() -> withSampler(null, null, null, Double.NaN)).hasMessageStartingWith("ebm.bufferFraction is NaN,");
        assertThat(withSampler(null, null, null, 0.0).bufferFraction()).isZero();
        assertThat(withSampler(null, null, null, 1.0).bufferFraction()).isEqualTo(1.0);
    }

    @Test
    void otherBadFieldsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> withSampler(null, null, -0.01, null)).hasMessageStartingWith("ebm.noise is -0.01,");
        assertThatThrownBy(() -> new EbmConfig(null, null, "wgan", null, null, null, null, null, null, null, null, null, null))
                .hasMessage("ebm.objective is \"wgan\", but the known objectives are minimax, non-saturating,"
                        + " least-squares, wasserstein, hinge.");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, -1.0, null, null, null, null, null, null, null, null, null))
                .hasMessageStartingWith("ebm.scoreL2 is -1.0,");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, 0, null, null, null, null))
                .hasMessageStartingWith("ebm.bufferSize is 0,");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, null, List.of(1.0), null, null, null))
                .hasMessageStartingWith("ebm.dataRange has 1 values, but it must be two");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, null, List.of(2.0, -2.0), null, null, null))
                .hasMessageStartingWith("ebm.dataRange is [2.0, -2.0], but it must be two finite numbers [low, high] with low < high");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, null, null, null, 0.0, null))
                .hasMessageStartingWith("ebm.gradientClip is 0.0, but it must be a positive number");
        assertThatThrownBy(() -> new EbmConfig(null, null, null, null, null, null, null, null, null, null, null, null, -0.1))
                .hasMessageStartingWith("ebm.dataNoise is -0.1, but it must be a finite number of 0 or more");
    }

    @Test
    void anAbsentGradientClipNeverClipsAndAGivenOneReachesTheSampler() {
        assertThat(EbmConfig.defaults().langevin(IMAGES).clipsGradient()).isFalse();
        assertThat(EbmConfig.defaults().dataNoise()).isZero();
        LangevinSettings clipped = new EbmConfig(null, null, null, null, null, null, null, null, null, null, null, 0.03,
                null).langevin(IMAGES);
        assertThat(clipped.clipsGradient()).isTrue();
        assertThat(clipped.gradientClip()).isEqualTo(0.03);
        assertThat(clipped.withSteps(5).gradientClip()).isEqualTo(0.03);
    }

    @Test
    void vectorDataNeedsADataRangeAndImagesDefaultToMinusOneToOne() {
        EbmConfig defaults = EbmConfig.defaults();
        assertThatThrownBy(() -> new EbmFamily().build(defaults, BuildContexts.installed(POINTS, 1)))
                .hasMessageStartingWith("ebm.dataRange is not set, and the data (ring8 [2]) are vectors");
        LangevinSettings images = defaults.langevin(IMAGES);
        assertThat(images.low()).isEqualTo(-1.0);
        assertThat(images.high()).isEqualTo(1.0);
    }

    @Test
    void aBatchNormalisingScoreNetworkIsRejectedWithTheFix() {
        EbmConfig config = new EbmConfig(DcganNetworkConfig.withBaseChannels(4), null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertThatThrownBy(() -> new EbmFamily().build(config, BuildContexts.installed(IMAGES, 1)))
                .hasMessageContaining("batch-normalises")
                .hasMessageContaining("\"discriminatorBatchNorm\": false");
        EbmConfig fixed = new EbmConfig(new DcganNetworkConfig(4, null, false, null), null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(new EbmFamily().build(fixed, BuildContexts.installed(IMAGES, 1)).networks()).containsKeys("score", "replay");
        assertThat(DcganNetworkType.ID).isEqualTo("dcgan");
    }
}
