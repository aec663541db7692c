package dev.gan4j.models.gan;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.LossPhase;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A discriminator alone, the system of the {@code ebm} family: networks {@code "score"} (the score
 * network D, whose negation is the energy) and {@code "replay"} (the {@link ReplayBuffer}, buffers
 * only); one phase, {@code "score"}. There is no generator: samples are found by Langevin dynamics
 * on D, from fresh noise uniform over the data range. Exports the score network as {@code score}
 * (input {@code x}, output {@code score}); the sampler itself stays in the JVM.
 */
final class EbmSystem implements LangevinSampled {
    /** The score network's name in {@link #networks()}. */
    static final String SCORE = "score";
    /** The replay buffer's name in {@link #networks()}. */
    static final String REPLAY = "replay";
    /** The phase's name, which configs key the score network's optimiser by. */
    static final String PHASE = "score";
    /** The input name of the exported score network. */
    static final String INPUT = "x";
    /** Chains run at most this many samples at once when sampling. */
    private static final int SAMPLE_BATCH = 256;

    private final DataSpec data;
    private final LangevinSampler langevin;
    private final ReplayBuffer buffer;
    private final int sampleSteps;
    private final Map<String, Layer> networks;
    private final EnergyLoss energyLoss;
    private final List<Phase> phases;

    private EbmSystem(Layer score, EbmConfig config, LangevinSettings settings, DataSpec data) {
        this.data = data;
        this.langevin = new LangevinSampler(settings);
        this.buffer = new ReplayBuffer(config.bufferSize(), data.sampleShape());
        this.sampleSteps = config.sampleSteps();
        Map<String, Layer> named = new LinkedHashMap<>();
        named.put(SCORE, score);
        named.put(REPLAY, buffer);
        this.networks = Collections.unmodifiableMap(named);
        this.energyLoss = new EnergyLoss(score, buffer, langevin, config.buildObjective(), config.scoreL2(),
                config.dataNoise(), data.sampleShape());
        this.phases = List.of(LossPhase.of(PHASE, List.of(SCORE), energyLoss).withAfterStep(energyLoss::afterStep));
    }

    /**
     * Builds the score network in the discriminator role with one output from the context's init
     * generator, then (with spectralNorm) the power-iteration vectors from the same generator.
     *
     * @throws IllegalArgumentException naming the field when the data range is missing or the network batch-normalises
     */
    static EbmSystem build(EbmConfig config, BuildContext context) {
        DataSpec data = context.data();
        LangevinSettings settings = config.langevin(data);
        Layer score = context.discriminator(config.network(), 1).network();
        if (config.spectralNorm()) {
            score = SpectralNormalisation.wrap(score, context.initRng());
        }
        requirePerSampleScores(score);
        return new EbmSystem(score, config, settings, data);
    }

    /** Langevin dynamics needs each sample's score to depend on that sample alone, which batch statistics break. */
    private static void requirePerSampleScores(Layer score) {
        for (Parameter buffer : score.buffers()) {
            if (buffer.name().endsWith("running_mean")) {
                throw new IllegalArgumentException("The ebm family's score network batch-normalises (it has the buffer "
                        + buffer.name() + "), so a sample's score would depend on the rest of its batch and Langevin"
                        + " sampling would follow the wrong gradient; set \"discriminatorBatchNorm\": false in the dcgan"
                        + " network config (spectralNorm: true is the usual replacement).");
            }
        }
    }

    /** The loss of the score phase (tests reach its negatives through it). */
    EnergyLoss energyLoss() {
        return energyLoss;
    }

    @Override
    public Map<String, Layer> networks() {
        return networks;
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public String sampledNetwork() {
        return SCORE;
    }

    /** Where chains start: uniform over the data range, [n, sampleShape...]. */
    @Override
    public Tensor noise(int n, Rng rng) {
        return langevin.freshNoise(rng, n, data.sampleShape());
    }

    /**
     * The end points of {@link #sampleSteps()} Langevin steps on {@code sampler} from {@code noise}.
     * The Langevin noise comes from a generator seeded by the starting points' values, so the same
     * noise gives the same samples, as the system contract asks, without a second random input.
     */
    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        return langevin.run(sampler, noise, sampleSteps, chainRng(noise));
    }

    @Override
    public int sampleSteps() {
        return sampleSteps;
    }

    /** Draws each batch's starting points, then its Langevin noise, from {@code rng}, in batches of 256. */
    @Override
    public Tensor sample(int n, Rng rng, int steps, boolean fromBuffer) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of samples must be at least 1, but was " + n + ".");
        }
        LangevinSettings.requireSteps("The number of Langevin steps (--langevin-steps)", steps);
        Layer score = networks.get(SCORE);
        List<Tensor> parts = new ArrayList<>();
        for (int done = 0; done < n; done += SAMPLE_BATCH) {
            int size = Math.min(SAMPLE_BATCH, n - done);
            Tensor start = fromBuffer ? buffer.draw(size, rng) : noise(size, rng);
            parts.add(langevin.run(score, start, steps, rng));
        }
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
    }

    /** The score network as {@code score}: {@code x} [N, sampleShape...] to {@code score} [N, 1]. */
    @Override
    public List<ExportablePart> exportableParts() {
        int[] sample = data.sampleShape();
        int[] shape = new int[sample.length + 1];
        shape[0] = ExportedTensor.BATCH;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        String meaning = data.isImage() ? "images, NCHW layout, values in [-1, 1]" : "vectors in the data's own coordinates";
        ExportedTensor input = new ExportedTensor(INPUT, ExportedTensor.ElementType.FLOAT32, shape, meaning);
        ExportedTensor output = new ExportedTensor(SCORE, ExportedTensor.ElementType.FLOAT32,
                new int[] {ExportedTensor.BATCH, 1}, "the score D(x), the negated energy: higher means more like the data");
        return List.of(new ExportablePart(SCORE, networks.get(SCORE), List.of(input), output));
    }

    /** A generator seeded by the values of {@code start}, so the chain is a function of where it starts. */
    private static Rng chainRng(Tensor start) {
        long seed = 0x5DEECE66DL;
        for (float v : start.data()) {
            seed = seed * 0x9E3779B97F4A7C15L + Float.floatToIntBits(v);
        }
        return new Rng(seed);
    }
}
