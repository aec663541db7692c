package dev.gan4j.core.train;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Losses;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small MLP GAN on 2-D points for the trainer's tests: a generator with batch norm (so there are
 * buffers to checkpoint), a discriminator trained {@code criticRepeats} times per iteration with
 * the non-saturating loss.
 */
final class TinyGanSystem implements GanSystem {
    static final int LATENT = 4;

    final Sequential generator;
    final Sequential discriminator;
    private final int criticRepeats;

    /** A system for samples of {@code sampleShape}: [2] for points, [C, H, W] for (tanh) images. */
    TinyGanSystem(Rng init, int criticRepeats, int hidden, int... sampleShape) {
        int size = java.util.Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
        List<Layer> g = new java.util.ArrayList<>(List.of(new Linear(LATENT, hidden, init), new BatchNorm1d(hidden),
                new LeakyReLU(0.2f), new Linear(hidden, size, init)));
        List<Layer> d = new java.util.ArrayList<>();
        if (sampleShape.length == 3) {
            g.add(new Tanh());
            g.add(new Reshape(sampleShape));
            d.add(new Flatten());
        }
        d.addAll(List.of(new Linear(size, hidden, init), new LeakyReLU(0.2f), new Linear(hidden, 1, init)));
        this.generator = new Sequential(g);
        this.discriminator = new Sequential(d);
        this.criticRepeats = criticRepeats;
    }

    /** The standard tiny system on 2-D points. */
    TinyGanSystem(Rng init) {
        this(init, 2, 16, 2);
    }

    @Override
    public Map<String, Layer> networks() {
        Map<String, Layer> networks = new LinkedHashMap<>();
        networks.put("generator", generator);
        networks.put("discriminator", discriminator);
        return networks;
    }

    @Override
    public List<Phase> phases() {
        return List.of(new CriticPhase(), new GeneratorPhase());
    }

    @Override
    public String sampledNetwork() {
        return "generator";
    }

    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, LATENT);
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        sampler.train(false);
        try {
            return sampler.forward(noise);
        } finally {
            sampler.train(true);
        }
    }

    /** The discriminator's phase. */
    class CriticPhase implements Phase {
        @Override
        public String name() {
            return "discriminator";
        }

        @Override
        public List<String> networks() {
            return List.of("discriminator");
        }

        @Override
        public int repeats() {
            return criticRepeats;
        }

        @Override
        public PhaseLoss loss(Batch batch, Rng noise) {
            Tensor fake = generator.forward(Tensor.randn(noise, batch.size(), LATENT)).detach();
            Tensor real = discriminator.forward(batch.inputs());
            Tensor loss = Losses.bceWithLogits(real, 1f).add(Losses.bceWithLogits(discriminator.forward(fake), 0f));
            return new PhaseLoss(loss, Map.of("d_real", (double) real.mean().item()));
        }
    }

    /** The generator's phase. */
    class GeneratorPhase implements Phase {
        @Override
        public String name() {
            return "generator";
        }

        @Override
        public List<String> networks() {
            return List.of("generator");
        }

        @Override
        public int repeats() {
            return 1;
        }

        @Override
        public PhaseLoss loss(Batch batch, Rng noise) {
            Tensor fake = generator.forward(Tensor.randn(noise, batch.size(), LATENT));
            return new PhaseLoss(Losses.bceWithLogits(discriminator.forward(fake), 1f), Map.of());
        }
    }

    /** A test system ships nothing. */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of();
    }
}
