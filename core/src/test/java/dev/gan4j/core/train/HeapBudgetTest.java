package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.config.TrainingConfig;
import dev.gan4j.core.fakes.FakeNetworkConfig;
import dev.gan4j.core.fakes.FakeNetworkType;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.network.MlpNetworkType;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.Encoder;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.NetworkRequest;
import dev.gan4j.core.spi.NetworkSizeEstimate;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.NetworkTypes;
import dev.gan4j.core.tensor.Rng;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The heap check a run makes on each network before it is built. */
class HeapBudgetTest {
    private static final long MIB = 1L << 20;
    private static final DataSpec MNIST = new DataSpec("mnist", new int[] {1, 28, 28}, 10);

    private static TrainingConfig training(Map<String, OptimizerConfig> optimizers, double ema) {
        return new TrainingConfig(0, 64, 1, optimizers, null, ema, 0, 0, 0, 0);
    }

    @Test
    void networkTooBigForTheHeapIsRefusedBeforeItsTypeBuildsItNamingItsLargestLayer() {
        CountingMlp mlp = new CountingMlp();
        HeapBudget budget = new HeapBudget(training(Map.of(), 0.999), 200 * MIB, 256 * MIB);
        BuildContext context = new BuildContext(MNIST, new Rng(1), NetworkTypes.of(List.of(mlp)), budget);

        assertThatThrownBy(() -> context.generator(MlpNetworkConfig.withHiddenSizes(40000, 40000), 100))
                .isInstanceOf(HeapTooSmallException.class)
                .hasMessageStartingWith("The run needs about 30.6 GiB of heap for its first network")
                .hasMessageContaining("the generator (mlp) has 1.6 billion parameters, 1.6 billion of them in layer 2 "
                        + "(Linear 40000x40000)")
                .hasMessageContaining("their gradients, the optimiser's 2 values per parameter and the EMA copy take")
                .hasMessageContaining("the activations of a batch of 64 take")
                .hasMessageContaining("maximum heap of 256 MiB")
                .hasMessageContaining("GAN4J_JAVA_OPTS=-Xmx")
                .hasMessageEndingWith(".");
        assertThat(mlp.built).as("the refused network was never built").hasValue(0);
    }

    @Test
    void networksThatFitAreBuiltAndCountedTogether() {
        CountingMlp mlp = new CountingMlp();
        HeapBudget budget = new HeapBudget(training(Map.of(), 0), 200 * MIB, 256 * MIB);
        BuildContext context = new BuildContext(MNIST, new Rng(1), NetworkTypes.of(List.of(mlp)), budget);
        MlpNetworkConfig network = MlpNetworkConfig.withHiddenSizes(256, 512);
        context.generator(network, 100);
        long afterGenerator = budget.estimatedBytes();
        context.discriminator(network, 1);
        assertThat(mlp.built).hasValue(2);
        long generatorParameters = mlp.estimate(network, NetworkRequest.generator(MNIST, 100)).orElseThrow()
                .parameters();
        // weights, gradients and Adam's two slots: 16 bytes a parameter, plus the batch's activations
        assertThat(afterGenerator).isGreaterThan(16 * generatorParameters);
        assertThat(budget.estimatedBytes()).isGreaterThan(afterGenerator);
    }

    @Test
    void secondNetworkThatTipsTheTotalOverIsRefusedNamingBoth() {
        HeapBudget budget = new HeapBudget(training(Map.of("generator", sgd(0.0), "discriminator", sgd(0.0)), 0),
                24 * MIB, 64 * MIB);
        BuildContext context = new BuildContext(MNIST, new Rng(1), NetworkTypes.of(List.of(new MlpNetworkType())),
                budget);
        MlpNetworkConfig network = MlpNetworkConfig.withHiddenSizes(1000, 1000);
        context.generator(network, 100);
        assertThatThrownBy(() -> context.discriminator(network, 1))
                .isInstanceOf(HeapTooSmallException.class)
                .hasMessageContaining("for the 2 networks counted before refusing")
                .hasMessageContaining("the discriminator (mlp) has")
                .hasMessageContaining("the generator (mlp) has")
                .hasMessageContaining("which with their gradients take")
                .hasMessageNotContaining("optimiser");
    }

    @Test
    void optimiserSlotsFollowTheConfiguredOptimisers() {
        NetworkSizeEstimate oneMillion = new NetworkSizeEstimate(List.of(
                new NetworkSizeEstimate.LayerSize("layer 1 (Linear 1000x1000)", 1_000_000, 0)));
        long adam = bytes(training(Map.of(), 0), oneMillion);
        long plainSgd = bytes(training(Map.of("generator", sgd(0.0)), 0), oneMillion);
        long momentumSgd = bytes(training(Map.of("generator", sgd(0.9)), 0), oneMillion);
        long rmsprop = bytes(training(Map.of("generator", new OptimizerConfig("rmsprop", null, null, null, null, null,
                null)), 0), oneMillion);
        long adamWithEma = bytes(training(Map.of(), 0.999), oneMillion);
        assertThat(List.of(plainSgd, momentumSgd, rmsprop, adam, adamWithEma))
                .containsExactly(8_000_000L, 12_000_000L, 12_000_000L, 16_000_000L, 20_000_000L);
    }

    @Test
    void samplingCountsTheWeightsAndTheEmaCopyOnly() {
        NetworkSizeEstimate estimate = new NetworkSizeEstimate(List.of(
                new NetworkSizeEstimate.LayerSize("layer 1 (Linear 1000x1000)", 1_000_000, 5_000)));
        HeapBudget budget = new HeapBudget(HeapBudget.Use.SAMPLING, training(Map.of(), 0.999), 2 * MIB, 256 * MIB);
        assertThatThrownBy(() -> budget.beforeBuilding(new dev.gan4j.core.spi.PlannedNetwork("the generator (mlp)",
                true, Optional.of(estimate))))
                .isInstanceOf(HeapTooSmallException.class)
                .hasMessageContaining("the generator (mlp) has 1.0 million parameters, which with the EMA copy take 8 MiB;")
                .hasMessageNotContaining("gradients").hasMessageNotContaining("activations");
        assertThat(budget.estimatedBytes()).isEqualTo(8_000_000L);
    }

    @Test
    void typeWithoutAnEstimateIsBuiltUnchecked() {
        HeapBudget budget = new HeapBudget(training(Map.of(), 0), 0, 256 * MIB);
        BuildContext context = new BuildContext(MNIST, new Rng(1), NetworkTypes.of(List.of(new FakeNetworkType())),
                budget);
        assertThat(context.generator(new FakeNetworkConfig(List.of(4), 0.2), 4)).isNotNull();
        assertThat(budget.estimatedBytes()).isZero();
    }

    @Test
    void countsAreWrittenAsAPersonReadsThem() {
        assertThat(HeapBudget.count(12_345)).isEqualTo("12,345");
        assertThat(HeapBudget.count(3_210_000)).isEqualTo("3.2 million");
        assertThat(HeapBudget.count(1_631_404_784L)).isEqualTo("1.6 billion");
    }

    private static OptimizerConfig sgd(double momentum) {
        return new OptimizerConfig("sgd", null, null, null, momentum, null, null);
    }

    private static long bytes(TrainingConfig training, NetworkSizeEstimate estimate) {
        HeapBudget budget = new HeapBudget(training, Long.MAX_VALUE, Long.MAX_VALUE);
        budget.beforeBuilding(new dev.gan4j.core.spi.PlannedNetwork("the generator (mlp)", true, Optional.of(estimate)));
        return budget.estimatedBytes();
    }

    /** The mlp type, counting the networks it actually builds. */
    private static final class CountingMlp implements NetworkType {
        private final MlpNetworkType mlp = new MlpNetworkType();
        private final AtomicInteger built = new AtomicInteger();

        @Override
        public String id() {
            return mlp.id();
        }

        @Override
        public Class<? extends NetworkConfig> configClass() {
            return mlp.configClass();
        }

        @Override
        public Generator generator(NetworkConfig config, DataSpec data, int latentSize, Rng rng) {
            built.incrementAndGet();
            return mlp.generator(config, data, latentSize, rng);
        }

        @Override
        public Discriminator discriminator(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
            built.incrementAndGet();
            return mlp.discriminator(config, data, outputs, rng);
        }

        @Override
        public Encoder encoder(NetworkConfig config, DataSpec data, int outputs, Rng rng) {
            built.incrementAndGet();
            return mlp.encoder(config, data, outputs, rng);
        }

        @Override
        public Optional<NetworkSizeEstimate> estimate(NetworkConfig config, NetworkRequest request) {
            return mlp.estimate(config, request);
        }
    }
}
