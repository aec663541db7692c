package dev.gan4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.gan4j.core.data.Batch;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.NetworkType;
import dev.gan4j.core.spi.NetworkTypes;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link GanFamily} promises, as one suite that each plugin module runs by
 * subclassing it (this class ships in core's test-jar). A subclass names the family, gives a
 * small config and a small kind of data; the suite checks that:
 *
 * <ul>
 *   <li>{@link ServiceLoader} finds exactly one family with that id;</li>
 *   <li>the config survives a JSON round trip through Jackson, with the config record registered
 *       by the family's id and the network configs by their type ids, and unknown fields fail;</li>
 *   <li>{@link GanFamily#build} gives named networks and phases whose parameters belong to them, and
 *       every trainable parameter is updated by some phase;</li>
 *   <li>a step of one phase (with a fresh Adam) changes only that phase's parameters, and its loss
 *       reaches every one of them;</li>
 *   <li>the same seed gives the same weights, bit for bit, after a few iterations;</li>
 *   <li>each phase, trained alone for a few dozen steps on a fixed batch and fixed noise, lowers its loss;</li>
 *   <li>sampling gives the data's shape, finite values (in [−1, 1] for images), the same samples
 *       for the same noise, no graph, no change to any buffer (evaluation mode), and leaves the
 *       networks in training mode.</li>
 * </ul>
 *
 * <p>Random batches are uniform in [−1, 1], shaped like the data spec; a subclass may override
 * {@link #batch(Rng)} to give data its family can learn from.
 */
public abstract class GanFamilyContractTest {
    private static final long SEED = 20240601L;

    private NetworkTypes networkTypes;

    /** The id of the family under test, as in its {@link GanFamily#id()}. */
    protected abstract String familyId();

    /** A small config of the family as JSON, the object a run config holds under {@code "family"}, with its "type". */
    protected abstract String configJson();

    /** A small kind of data the config fits. */
    protected abstract DataSpec dataSpec();

    /** Examples per batch (default 8). */
    protected int batchSize() {
        return 8;
    }

    /** Adam's learning rate for the steps the suite takes (default 1e-3). */
    protected double learningRate() {
        return 1e-3;
    }

    /** How many steps a phase trains alone before its loss must have fallen (default 30). */
    protected int learningSteps() {
        return 30;
    }

    /** The phases whose loss must fall when they train alone on a fixed batch (default: every phase). */
    protected Set<String> phasesThatLearnAlone(GanSystem system) {
        Set<String> names = new HashSet<>();
        for (Phase phase : system.phases()) {
            names.add(phase.name());
        }
        return names;
    }

    /** A batch of real data: uniform in [−1, 1], shaped like {@link #dataSpec()}. */
    protected Batch batch(Rng rng) {
        int[] sample = dataSpec().sampleShape();
        int[] dims = new int[sample.length + 1];
        dims[0] = batchSize();
        System.arraycopy(sample, 0, dims, 1, sample.length);
        return new Batch(Tensor.uniform(rng, -1f, 1f, dims), null);
    }

    // ------------------------------------------------------------------ the suite

    @Test
    void serviceLoaderFindsExactlyOneFamilyWithTheId() {
        List<String> classes = new ArrayList<>();
        for (GanFamily family : ServiceLoader.load(GanFamily.class)) {
            if (family.id().equals(familyId())) {
                classes.add(family.getClass().getName());
            }
        }
        assertThat(classes).as("families registered with id " + familyId()).hasSize(1);
        GanFamily family = family();
        assertThat(family.id()).matches("[a-z0-9][a-z0-9-]*");
        assertThat(family.description()).isNotBlank();
        assertThat(FamilyConfig.class).isAssignableFrom(family.configClass());
    }

    @Test
    void configSurvivesAJsonRoundTrip() throws JsonProcessingException {
        ObjectMapper mapper = mapper();
        FamilyConfig config = mapper.readValue(configJson(), FamilyConfig.class);
        assertThat(config).isInstanceOf(family().configClass());
        String written = mapper.writerFor(FamilyConfig.class).writeValueAsString(config);
        assertThat(mapper.readTree(written).get("type").asText()).isEqualTo(familyId());
        FamilyConfig again = mapper.readValue(written, FamilyConfig.class);
        assertThat(again).isEqualTo(config);
        assertThat(mapper.writerFor(FamilyConfig.class).writeValueAsString(again)).isEqualTo(written);
    }

    @Test
    void unknownConfigFieldIsRejected() {
        String json = "{\"type\": \"" + familyId() + "\", \"noSuchField\": 1}";
        assertThatThrownBy(() -> mapper().readValue(json, FamilyConfig.class))
                .hasMessageContaining("noSuchField");
    }

    @Test
    void buildGivesNamedNetworksAndPhasesOverTheirParameters() {
        GanSystem system = build(SEED);
        assertThat(system.networks()).isNotEmpty();
        assertThat(system.networks()).containsKey(system.sampledNetwork());
        assertThat(system.phases()).isNotEmpty();
        Set<Tensor> networkParameters = identitySet();
        for (Layer network : system.networks().values()) {
            network.parameters().forEach(p -> networkParameters.add(p.tensor()));
        }
        Set<String> phaseNames = new HashSet<>();
        Set<Tensor> trained = identitySet();
        for (Phase phase : system.phases()) {
            assertThat(phaseNames.add(phase.name())).as("phase names are distinct: " + phase.name()).isTrue();
            assertThat(phase.repeats()).as("repeats of " + phase.name()).isPositive();
            assertThat(phase.networks()).as("networks of " + phase.name()).isNotEmpty();
            assertThat(system.networks().keySet()).as("networks of the system").containsAll(phase.networks());
            assertThat(SystemParameters.updatedBy(system, phase)).as("parameters of " + phase.name()).isNotEmpty();
            for (Parameter p : SystemParameters.updatedBy(system, phase)) {
                assertThat(networkParameters.contains(p.tensor()))
                        .as(phase.name() + " updates " + p.name() + ", which belongs to one of the system's networks").isTrue();
                assertThat(p.tensor().requiresGrad()).as(p.name() + " requires gradients").isTrue();
                trained.add(p.tensor());
            }
        }
        for (Map.Entry<String, Layer> network : system.networks().entrySet()) {
            for (Parameter p : network.getValue().parameters()) {
                assertThat(trained.contains(p.tensor()))
                        .as(network.getKey() + "." + p.name() + " is updated by some phase").isTrue();
            }
        }
    }

    @Test
    void eachPhaseStepChangesOnlyItsOwnParameters() {
        int phases = build(SEED).phases().size();
        for (int i = 0; i < phases; i++) {
            GanSystem system = build(SEED);
            Phase phase = system.phases().get(i);
            Map<Tensor, float[]> before = new IdentityHashMap<>();
            for (Layer network : system.networks().values()) {
                network.parameters().forEach(p -> before.put(p.tensor(), p.tensor().toArray()));
            }
            Set<Tensor> own = identitySet();
            SystemParameters.updatedBy(system, phase).forEach(p -> own.add(p.tensor()));

            Optimizer optimizer = adam(system, phase);
            optimizer.zeroGrad();
            PhaseLoss loss = phase.loss(batch(new Rng(SEED + 1)), new Rng(SEED + 2));
            loss.loss().backward();
            for (Parameter p : SystemParameters.updatedBy(system, phase)) {
                assertThat(p.tensor().grad()).as("the " + phase.name() + " loss reaches " + p.name()).isNotNull();
            }
            optimizer.step();
            phase.afterStep();

            boolean anyOwnChanged = false;
            for (Map.Entry<String, Layer> network : system.networks().entrySet()) {
                for (Parameter p : network.getValue().parameters()) {
                    boolean changed = !Arrays.equals(before.get(p.tensor()), p.tensor().data());
                    if (own.contains(p.tensor())) {
                        anyOwnChanged |= changed;
                    } else {
                        assertThat(changed).as("a " + phase.name() + " step changed " + network.getKey() + "."
                                + p.name() + ", which is not among its parameters").isFalse();
                    }
                }
            }
            assertThat(anyOwnChanged).as("a " + phase.name() + " step changed its own parameters").isTrue();
        }
    }

    @Test
    void sameSeedGivesTheSameWeightsBitForBit() {
        Map<String, float[]> first = stateAfterIterations(SEED, 3);
        Map<String, float[]> second = stateAfterIterations(SEED, 3);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).containsExactly(first.get(name));
        }
        Map<String, float[]> other = stateAfterIterations(SEED + 100, 0);
        Map<String, float[]> initial = stateAfterIterations(SEED, 0);
        boolean anyDifferent = false;
        for (String name : initial.keySet()) {
            anyDifferent |= !Arrays.equals(initial.get(name), other.get(name));
        }
        assertThat(anyDifferent).as("another seed gives other initial weights").isTrue();
    }

    @Test
    void eachPhaseTrainedAloneOnAFixedBatchLowersItsLoss() {
        GanSystem probe = build(SEED);
        Set<String> learners = phasesThatLearnAlone(probe);
        for (int i = 0; i < probe.phases().size(); i++) {
            if (!learners.contains(probe.phases().get(i).name())) {
                continue;
            }
            GanSystem system = build(SEED);
            Phase phase = system.phases().get(i);
            Batch batch = batch(new Rng(SEED + 3));
            float initial = phase.loss(batch, new Rng(SEED + 4)).loss().item();
            Optimizer optimizer = adam(system, phase);
            for (int step = 0; step < learningSteps(); step++) {
                optimizer.zeroGrad();
                phase.loss(batch, new Rng(SEED + 4)).loss().backward();
                optimizer.step();
                phase.afterStep();
            }
            float after = phase.loss(batch, new Rng(SEED + 4)).loss().item();
            assertThat(after).as("the " + phase.name() + " loss after " + learningSteps()
                    + " steps alone on a fixed batch (it started at " + initial + ")").isLessThan(initial);
        }
    }

    @Test
    void lossesAndMetricsOfAnIterationAreFinite() {
        GanSystem system = build(SEED);
        Rng data = new Rng(SEED + 5);
        Rng noise = new Rng(SEED + 6);
        for (Phase phase : system.phases()) {
            Optimizer optimizer = adam(system, phase);
            optimizer.zeroGrad();
            PhaseLoss loss = phase.loss(batch(data), noise);
            assertThat(loss.loss().item()).as(phase.name() + " loss").isFinite();
            loss.metrics().forEach((name, value) -> assertThat(value).as(phase.name() + " metric " + name).isFinite());
            loss.loss().backward();
            optimizer.step();
            phase.afterStep();
        }
    }

    @Test
    void samplingGivesTheDataShapeWithoutGraphInEvaluationModeAndRestoresTrainingMode() {
        GanSystem system = build(SEED);
        Layer sampler = system.networks().get(system.sampledNetwork());
        Tensor noise = system.noise(5, new Rng(SEED + 7));
        Tensor again = system.noise(5, new Rng(SEED + 7));
        assertThat(again.data()).as("the same rng gives the same noise").containsExactly(noise.data());

        Map<String, float[]> buffersBefore = buffers(system);
        Tensor samples = system.sample(sampler, noise);
        int[] expected = new int[dataSpec().sampleShape().length + 1];
        expected[0] = 5;
        System.arraycopy(dataSpec().sampleShape(), 0, expected, 1, expected.length - 1);
        assertThat(samples.dims()).containsExactly(expected);
        assertThat(samples.requiresGrad()).as("samples carry no graph").isFalse();
        for (float v : samples.data()) {
            assertThat(v).isFinite();
            if (dataSpec().isImage()) {
                assertThat(v).isBetween(-1f, 1f);
            }
        }
        assertThat(system.sample(sampler, noise).data()).as("the same noise gives the same samples")
                .containsExactly(samples.data());
        system.networks().forEach((name, network) ->
                assertThat(network.isTraining()).as(name + " is back in training mode").isTrue());
        Map<String, float[]> buffersAfter = buffers(system);
        buffersBefore.forEach((name, values) -> assertThat(buffersAfter.get(name))
                .as("sampling in evaluation mode leaves the buffer " + name + " alone").containsExactly(values));
    }

    private static Map<String, float[]> buffers(GanSystem system) {
        Map<String, float[]> state = new LinkedHashMap<>();
        system.networks().forEach((name, network) ->
                network.buffers().forEach(b -> state.put(name + "." + b.name(), b.tensor().toArray())));
        return state;
    }

    // ------------------------------------------------------------------ support for subclasses

    /** The family under test, found by ServiceLoader. */
    protected final GanFamily family() {
        for (GanFamily family : ServiceLoader.load(GanFamily.class)) {
            if (family.id().equals(familyId())) {
                return family;
            }
        }
        throw new AssertionError("ServiceLoader finds no family with id \"" + familyId() + "\"; list its class in "
                + "src/main/resources/META-INF/services/" + GanFamily.class.getName() + ".");
    }

    /** A plain ObjectMapper with the family's config and every network type's config registered by id. */
    protected final ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerSubtypes(new NamedType(family().configClass(), familyId()));
        for (NetworkType type : ServiceLoader.load(NetworkType.class)) {
            mapper.registerSubtypes(new NamedType(type.configClass(), type.id()));
        }
        return mapper;
    }

    /** The config of {@link #configJson()}. */
    protected final FamilyConfig config() {
        try {
            return mapper().readValue(configJson(), FamilyConfig.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("The contract test's config JSON does not parse: " + e.getMessage(), e);
        }
    }

    /** The system built from the config for the data spec, initialised from {@code seed}. */
    protected final GanSystem build(long seed) {
        return family().build(config(), buildContext(seed));
    }

    /**
     * What the family's build receives: the data spec, an initialisation generator seeded by
     * {@code seed}, and the network types on the classpath (found once per test class).
     */
    protected final BuildContext buildContext(long seed) {
        if (networkTypes == null) {
            networkTypes = FamilyDiscovery.scanClasspath().installedNetworkTypes();
        }
        return new BuildContext(dataSpec(), new Rng(seed), networkTypes);
    }

    private Optimizer adam(GanSystem system, Phase phase) {
        return Adam.builder().setParameters(SystemParameters.updatedBy(system, phase)).setLearningRate(learningRate())
                .build();
    }

    /** Every parameter and buffer, by network and name, after {@code iterations} iterations of every phase. */
    private Map<String, float[]> stateAfterIterations(long seed, int iterations) {
        GanSystem system = build(seed);
        Rng data = new Rng(seed + 1);
        Rng noise = new Rng(seed + 2);
        List<Optimizer> optimizers = new ArrayList<>();
        for (Phase phase : system.phases()) {
            optimizers.add(adam(system, phase));
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int i = 0; i < system.phases().size(); i++) {
                Phase phase = system.phases().get(i);
                for (int repeat = 0; repeat < phase.repeats(); repeat++) {
                    optimizers.get(i).zeroGrad();
                    phase.loss(batch(data), noise).loss().backward();
                    optimizers.get(i).step();
                    phase.afterStep();
                }
            }
        }
        Map<String, float[]> state = new LinkedHashMap<>();
        system.networks().forEach((name, network) -> {
            network.parameters().forEach(p -> state.put(name + "." + p.name(), p.tensor().toArray()));
            network.buffers().forEach(b -> state.put(name + "." + b.name() + " (buffer)", b.tensor().toArray()));
        });
        return state;
    }

    private static Set<Tensor> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
