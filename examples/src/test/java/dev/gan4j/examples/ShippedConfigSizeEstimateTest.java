package dev.gan4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.NetworkBuildCheck;
import dev.gan4j.core.spi.PlannedNetwork;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memory check before a run's networks are built is only as good as their estimates: for every
 * shipped config, each network the family builds has an estimate (every built-in type gives one),
 * the estimate's parameter count equals that of the network built, exactly, and together the
 * estimates count every parameter of the system but the small parts a family adds itself (cgan's
 * condition encoders and heads).
 */
class ShippedConfigSizeEstimateTest {
    private static final FamilyDiscovery DISCOVERY = FamilyDiscovery.scanClasspath();
    private static final Map<DataConfig, DataSpec> SPECS = new HashMap<>();

    @BeforeAll
    static void fashionMnistIsInstalled() {
        assumeTrue(FashionMnistLocator.standard(null).candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist); the shipped configs need it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.gan4j.examples.ShippedConfigs#all")
    void everyNetworkOfAShippedConfigIsEstimatedToTheParameter(Path file) throws IOException {
        ConfigLoader loader = DISCOVERY.configLoader(List.of());
        ResolvedConfig resolved = loader.load(file, ConfigOverrides.none());
        DataSpec data = spec(resolved.config().data());
        Recording recording = new Recording();
        GanSystem system = DISCOVERY.families().get(resolved.familyId()).build(resolved.config().family(),
                new BuildContext(data, new Rng(1), resolved.networkTypes(), recording));

        assertThat(recording.planned).as("networks the family announced or built through a type").isNotEmpty();
        long estimated = 0;
        for (PlannedNetwork planned : recording.planned) {
            assertThat(planned.estimate()).as(planned.name() + " has an estimate").isPresent();
            estimated += planned.estimate().get().parameters();
        }
        for (Map.Entry<PlannedNetwork, Layer> built : recording.built.entrySet()) {
            assertThat(built.getKey().estimate().orElseThrow().parameters()).as(built.getKey().name())
                    .isEqualTo(distinctValues(built.getValue().parameters().stream().map(p -> p.tensor()).toList()));
        }
        long total = distinctValues(SystemParameters.all(system).stream().map(p -> p.tensor()).toList());
        if (resolved.familyId().equals("cgan")) {
            assertThat(estimated).isLessThan(total);
        } else {
            assertThat(estimated).as("every parameter of the system is estimated").isEqualTo(total);
        }
    }

    private static DataSpec spec(DataConfig config) throws IOException {
        DataSpec known = SPECS.get(config);
        if (known == null) {
            known = config.open(DataContext.standard(null)).spec();
            SPECS.put(config, known);
        }
        return known;
    }

    private static long distinctValues(List<Tensor> tensors) {
        Set<Tensor> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(tensors);
        return distinct.stream().mapToLong(Tensor::size).sum();
    }

    /** Every network announced before it is built, and what was built for those built through a type. */
    private static final class Recording implements NetworkBuildCheck {
        private final List<PlannedNetwork> planned = new ArrayList<>();
        private final Map<PlannedNetwork, Layer> built = new IdentityHashMap<>();

        @Override
        public void beforeBuilding(PlannedNetwork network) {
            planned.add(network);
        }

        @Override
        public void afterBuilding(PlannedNetwork network, Layer layer) {
            built.put(network, layer);
        }
    }
}
