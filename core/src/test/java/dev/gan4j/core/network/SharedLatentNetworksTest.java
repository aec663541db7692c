package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.autograd.GradientCheck;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Translator;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The shared-latent encoders and decoders: real sharing, sizes from the image, gradients and bad input. */
class SharedLatentNetworksTest {
    private static final SharedLatentNetworkConfig SMALL = new SharedLatentNetworkConfig(2, 2, 2, null);

    private static Map<String, DataSpec> twoDomains(int side) {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("A", new DataSpec("a", new int[] {1, side, side}, 0));
        domains.put("B", new DataSpec("b", new int[] {1, side, side}, 0));
        return domains;
    }

    @Test
    void sharedBlocksAreOneObjectInEveryEncoderAndEveryDecoder() {
        SharedLatentNetworks nets = SharedLatentNetworks.build(SMALL, twoDomains(28), 1, "unit.sharedBlocks",
                new Rng(1));
        Sequential encoderA = (Sequential) nets.encoders().get("A");
        Sequential encoderB = (Sequential) nets.encoders().get("B");
        Sequential decoderA = (Sequential) nets.decoders().get("A");
        Sequential decoderB = (Sequential) nets.decoders().get("B");
        assertThat(encoderA.get(encoderA.size() - 1)).isSameAs(encoderB.get(encoderB.size() - 1));
        assertThat(decoderA.get(0)).isSameAs(decoderB.get(0));
        assertThat(encoderA.get(1)).isNotSameAs(encoderB.get(1));
        int sharedTensors = sharedTensors(encoderA, encoderB);
        assertThat(sharedTensors).isEqualTo(encoderA.get(encoderA.size() - 1).parameters().size()).isPositive();
        assertThat(sharedTensors(decoderA, decoderB)).isEqualTo(decoderA.get(0).parameters().size());
        assertThat(sharedTensors(encoderA, decoderA)).isZero();
        SharedLatentNetworks separate = SharedLatentNetworks.build(SMALL, twoDomains(28), 0, "vaegan-pair", new Rng(1));
        assertThat(sharedTensors(separate.encoders().get("A"), separate.encoders().get("B"))).isZero();
    }

    @Test
    void latentCodeIsSizedFromTheImageAndDecodesBackToIt() {
        for (int side : new int[] {28, 16, 64}) {
            SharedLatentNetworks nets = SharedLatentNetworks.build(SMALL, twoDomains(side), 2, "shared", new Rng(2));
            assertThat(nets.latentShape()).containsExactly(8, side / 4, side / 4);
            try (GradMode.Scope ignored = GradMode.noGrad()) {
                Tensor code = nets.encoders().get("A").forward(Tensor.randn(new Rng(3), 2, 1, side, side));
                assertThat(code.dims()).containsExactly(2, 8, side / 4, side / 4);
                Tensor y = nets.decoders().get("B").forward(code);
                assertThat(y.dims()).containsExactly(2, 1, side, side);
                for (float v : y.data()) {
                    assertThat(v).isBetween(-1f, 1f);
                }
            }
        }
    }

    @Test
    void sharedParameterGetsTheSumOfBothNetworksGradients() {
        SharedLatentNetworks nets = SharedLatentNetworks.build(SMALL, twoDomains(8), 1, "shared", new Rng(4));
        Layer encoderA = nets.encoders().get("A");
        Layer encoderB = nets.encoders().get("B");
        Tensor xa = Tensor.randn(new Rng(5), 2, 1, 8, 8);
        Tensor xb = Tensor.randn(new Rng(6), 2, 1, 8, 8);
        Parameter shared = ((Sequential) encoderA).get(((Sequential) encoderA).size() - 1).parameters().get(0);
        float[] alone = new float[shared.tensor().size()];
        for (var pair : List.of(List.of(encoderA, xa), List.of(encoderB, xb))) {
            zeroAll(encoderA, encoderB);
            ((Layer) pair.get(0)).forward((Tensor) pair.get(1)).square().sum().backward();
            float[] g = shared.tensor().grad().toArray();
            for (int i = 0; i < g.length; i++) {
                alone[i] += g[i];
            }
        }
        zeroAll(encoderA, encoderB);
        encoderA.forward(xa).square().sum().add(encoderB.forward(xb).square().sum()).backward();
        float[] together = shared.tensor().grad().toArray();
        for (int i = 0; i < together.length; i++) {
            assertThat(together[i]).isCloseTo(alone[i], Offset.offset(1e-4f * (1 + Math.abs(alone[i]))));
        }
    }

    @Test
    void translatorThroughTheCodeHasFiniteDifferenceGradients() {
        Translator t = new SharedLatentNetworkType().translator(new SharedLatentNetworkConfig(2, 1, 1, null),
                new DataSpec("a", new int[] {1, 4, 4}, 0), new DataSpec("b", new int[] {1, 4, 4}, 0), new Rng(7));
        GradientCheck.withStep(1e-2).check(in -> t.translate(in.get(0)), Tensor.randn(new Rng(8), 2, 1, 4, 4));
    }

    @Test
    void refusesSharingMoreBlocksThanTheNetworksHave() {
        assertThatThrownBy(() -> SharedLatentNetworks.build(SMALL, twoDomains(28), 3, "unit.sharedBlocks", new Rng(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit.sharedBlocks is 3")
                .hasMessageContaining("at most 2 can be shared");
    }

    @Test
    void refusesImagesTheDownsamplingsDoNotDivide() {
        assertThatThrownBy(() -> SharedLatentNetworks.build(new SharedLatentNetworkConfig(2, 3, 1, null),
                twoDomains(28), 0, "shared", new Rng(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 8")
                .hasMessageContaining("28×28");
    }

    private static void zeroAll(Layer... layers) {
        for (Layer layer : layers) {
            layer.parameters().forEach(p -> p.tensor().zeroGrad());
        }
    }

    private static int sharedTensors(Layer a, Layer b) {
        Set<Tensor> inA = Collections.newSetFromMap(new IdentityHashMap<>());
        a.parameters().forEach(p -> inA.add(p.tensor()));
        return (int) b.parameters().stream().filter(p -> inA.contains(p.tensor())).count();
    }
}
