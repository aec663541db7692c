package dev.gan4j.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkRequest;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every built-in network type's estimate, for each role it builds, against the network it then
 * builds: the parameter count exactly, and the activation count within a stated factor of the
 * values the autograd graph of one forward pass holds.
 */
class NetworkSizeEstimateTest {
    /**
     * The values the forward graph holds per example, divided by the estimate's layer outputs, lie in
     * [3/4, 5/2] (measured: 0.94 to 1.95 over these networks): the estimate counts one output per
     * layer, the graph one per op (a bias sum, a norm's steps), and the heap check's bytes per
     * activation allow for up to twice the layer outputs and their gradients in backward.
     */
    private static final double LOWEST_RATIO = 0.75;
    private static final double HIGHEST_RATIO = 2.5;

    private static final DataSpec RING = new DataSpec("ring", new int[] {2}, 0);
    private static final DataSpec MNIST = new DataSpec("mnist", new int[] {1, 28, 28}, 10);
    private static final DataSpec RGB32 = new DataSpec("rgb32", new int[] {3, 32, 32}, 0);
    private static final DataSpec GREY32 = new DataSpec("grey32", new int[] {1, 32, 32}, 0);

    static Stream<Arguments> networks() {
        MlpNetworkType mlp = new MlpNetworkType();
        DcganNetworkType dcgan = new DcganNetworkType();
        PatchGanNetworkType patch = new PatchGanNetworkType();
        ResnetNetworkType resnet = new ResnetNetworkType();
        UnetNetworkType unet = new UnetNetworkType();
        SharedLatentNetworkType shared = new SharedLatentNetworkType();
        MlpNetworkConfig wide = MlpNetworkConfig.withHiddenSizes(64, 32);
        MlpNetworkConfig normed = new MlpNetworkConfig(List.of(16, 8), null, true, "linear");
        DcganNetworkConfig dc = new DcganNetworkConfig(8, null, null, null);
        DcganNetworkConfig dcNoNorm = new DcganNetworkConfig(4, null, false, null);
        return Stream.of(
                Arguments.of(mlp, wide, NetworkRequest.generator(MNIST, 12)),
                Arguments.of(mlp, normed, NetworkRequest.generator(RING, 3)),
                Arguments.of(mlp, wide, NetworkRequest.discriminator(MNIST, 1)),
                Arguments.of(mlp, normed, NetworkRequest.encoder(RING, 5)),
                Arguments.of(dcgan, dc, NetworkRequest.generator(MNIST, 10)),
                Arguments.of(dcgan, dc, NetworkRequest.generator(RGB32, 10)),
                Arguments.of(dcgan, dc, NetworkRequest.discriminator(MNIST, 11)),
                Arguments.of(dcgan, dcNoNorm, NetworkRequest.encoder(RGB32, 6)),
                Arguments.of(patch, new PatchGanNetworkConfig(4, null, null), NetworkRequest.discriminator(RGB32, 1)),
                Arguments.of(patch, new PatchGanNetworkConfig(4, 1, "batch"), NetworkRequest.discriminator(MNIST, 2)),
                Arguments.of(patch, new PatchGanNetworkConfig(4, 2, "instance"), NetworkRequest.encoder(GREY32, 3)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 2, null), NetworkRequest.translator(MNIST, MNIST)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 1, "batch"), NetworkRequest.translator(RGB32, GREY32)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 1, null), NetworkRequest.encoder(MNIST, 7)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 1, null, true), NetworkRequest.translator(RGB32, GREY32)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 1, null, true), NetworkRequest.encoder(MNIST, 7)),
                Arguments.of(unet, new UnetNetworkConfig(4, null, null, null), NetworkRequest.translator(MNIST, MNIST)),
                Arguments.of(unet, new UnetNetworkConfig(2, 4, "instance", true), NetworkRequest.translator(RGB32,
                        GREY32)),
                Arguments.of(unet, new UnetNetworkConfig(2, 3, null, false), NetworkRequest.translator(GREY32, RGB32)),
                Arguments.of(unet, new UnetNetworkConfig(2, 1, null, true), NetworkRequest.translator(GREY32, GREY32)),
                Arguments.of(unet, new UnetNetworkConfig(4, 2, null, null), NetworkRequest.encoder(MNIST, 5)),
                Arguments.of(unet, new UnetNetworkConfig(4, null, null, false, true), NetworkRequest.translator(MNIST,
                        MNIST)),
                Arguments.of(unet, new UnetNetworkConfig(4, 2, null, true, true), NetworkRequest.encoder(MNIST, 5)),
                Arguments.of(resnet, new ResnetNetworkConfig(4, 1, null, false, true), NetworkRequest.translator(MNIST,
                        MNIST)),
                Arguments.of(unet, new UnetNetworkConfig(4, null, null, false, true, true), NetworkRequest.translator(
                        GREY32, GREY32)),
                Arguments.of(shared, new SharedLatentNetworkConfig(4, 2, 1, null), NetworkRequest.translator(MNIST,
                        MNIST)),
                Arguments.of(shared, new SharedLatentNetworkConfig(2, 1, 2, "batch"), NetworkRequest.translator(
                        RGB32, GREY32)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("networks")
    void estimateCountsTheParametersOfTheBuiltNetworkExactly(NetworkType type, NetworkConfig config,
                                                             NetworkRequest request) {
        NetworkSizeEstimate estimate = type.estimate(config, request).orElseThrow();
        Layer built = build(type, config, request);
        assertThat(estimate.parameters()).isEqualTo(parameterCount(built.parameters()));
        double ratio = graphValuesPerExample(built, request) / (double) estimate.activationsPerExample();
        assertThat(ratio).as("graph values / estimated activations").isBetween(LOWEST_RATIO, HIGHEST_RATIO);
    }

    @Test
    void typesGiveNoEstimateForRolesTheyDoNotBuild() {
        assertThat(new ResnetNetworkType().estimate(new ResnetNetworkConfig(4, 1, null),
                NetworkRequest.generator(MNIST, 4))).isEmpty();
        assertThat(new MlpNetworkType().estimate(MlpNetworkConfig.defaults(),
                NetworkRequest.translator(MNIST, MNIST))).isEmpty();
        assertThat(new PatchGanNetworkType().estimate(new PatchGanNetworkConfig(4, null, null),
                NetworkRequest.generator(MNIST, 4))).isEmpty();
    }

    @Test
    void estimateRefusesWhatBuildingRefusesWithTheSameSentence() {
        assertThatThrownBy(() -> new DcganNetworkType().estimate(new DcganNetworkConfig(8, null, null, null),
                NetworkRequest.generator(new DataSpec("odd", new int[] {1, 30, 30}, 0), 4)))
                .hasMessageContaining("7 or 4 times a power of two");
        assertThatThrownBy(() -> new MlpNetworkType().estimate(MlpNetworkConfig.defaults(),
                NetworkRequest.generator(RING, 0))).hasMessageContaining("latent size of 1 or more");
    }

    @Test
    void theLargestLayerOfAWideMlpIsNamedWithItsShape() {
        NetworkSizeEstimate e = new MlpNetworkType().estimate(MlpNetworkConfig.withHiddenSizes(40000, 40000),
                NetworkRequest.generator(MNIST, 100)).orElseThrow();
        assertThat(e.parameters()).isEqualTo(100L * 40000 + 40000 + 40000L * 40000 + 40000 + 40000L * 784 + 784);
        assertThat(e.largestLayer().orElseThrow().layer()).isEqualTo("layer 2 (Linear 40000x40000)");
    }

    @Test
    void coupledAndSharedLatentEstimatesCountSharedLayersOnce() {
        Map<String, DataSpec> domains = new LinkedHashMap<>();
        domains.put("A", MNIST);
        domains.put("B", new DataSpec("mnist3", new int[] {3, 28, 28}, 0));
        for (int[] sharing : new int[][] {{0, 0}, {1, 2}, {2, 1}}) {
            CoupledNetworks coupled = CoupledNetworks.build(domains, 4, 8, sharing[0], sharing[1], "cogan", new Rng(1));
            Set<Tensor> tensors = Collections.newSetFromMap(new IdentityHashMap<>());
            Stream.of(coupled.generators(), coupled.discriminators(), coupled.encoders())
                    .flatMap(m -> m.values().stream()).forEach(l -> l.parameters().forEach(p -> tensors.add(p.tensor())));
            assertThat(CoupledNetworks.estimate(domains, 4, 8, sharing[0], sharing[1], "cogan").parameters())
                    .isEqualTo(tensors.stream().mapToLong(Tensor::size).sum());
        }
        SharedLatentNetworkConfig config = new SharedLatentNetworkConfig(4, 2, 3, null);
        for (int sharedBlocks : new int[] {0, 1, 3}) {
            SharedLatentNetworks nets = SharedLatentNetworks.build(config, domains, sharedBlocks, "unit.sharedBlocks",
                    new Rng(2));
            Set<Tensor> tensors = Collections.newSetFromMap(new IdentityHashMap<>());
            Stream.of(nets.encoders(), nets.decoders()).flatMap(m -> m.values().stream())
                    .forEach(l -> l.parameters().forEach(p -> tensors.add(p.tensor())));
            assertThat(SharedLatentNetworks.estimate(config, domains, sharedBlocks, "unit.sharedBlocks").parameters())
                    .as("%d shared blocks", sharedBlocks).isEqualTo(tensors.stream().mapToLong(Tensor::size).sum());
        }
    }

    private static Layer build(NetworkType type, NetworkConfig config, NetworkRequest request) {
        Rng rng = new Rng(7);
        return switch (request.role()) {
            case GENERATOR -> type.generator(config, request.data(), request.size(), rng).network();
            case DISCRIMINATOR -> type.discriminator(config, request.data(), request.size(), rng).network();
            case ENCODER -> type.encoder(config, request.data(), request.size(), rng).network();
            case TRANSLATOR -> type.translator(config, request.data(), request.target(), rng).network();
        };
    }

    private static long parameterCount(List<Parameter> parameters) {
        Set<Tensor> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        parameters.forEach(p -> distinct.add(p.tensor()));
        return distinct.stream().mapToLong(Tensor::size).sum();
    }

    /** The values of every op result in the graph of one forward pass of a batch of 2, per example. */
    private static double graphValuesPerExample(Layer network, NetworkRequest request) {
        int batch = 2;
        int[] one = request.role() == NetworkRequest.Role.GENERATOR ? new int[] {request.size()}
                : request.data().sampleShape();
        int[] shape = new int[one.length + 1];
        shape[0] = batch;
        System.arraycopy(one, 0, shape, 1, one.length);
        Tensor output = network.forward(Tensor.randn(new Rng(3), shape));
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> pending = new ArrayDeque<>(List.of(output));
        long values = 0;
        while (!pending.isEmpty()) {
            Tensor t = pending.pop();
            if (t.gradNode() == null || !seen.add(t)) {
                continue;
            }
            values += t.size();
            pending.addAll(t.gradNode().inputs());
        }
        return values / (double) batch;
    }
}
