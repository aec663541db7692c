package dev.gan4j.core.train;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link TinyGanSystem} whose discriminator loss turns NaN from a given call on, to test the guard. */
final class PoisonedSystem implements GanSystem {
    private final TinyGanSystem inner;
    private final int poisonedFromCall;
    private final List<Phase> phases;
    private int calls;

    PoisonedSystem(TinyGanSystem inner, int poisonedFromCall) {
        this.inner = inner;
        this.poisonedFromCall = poisonedFromCall;
        List<Phase> wrapped = new ArrayList<>();
        for (Phase phase : inner.phases()) {
            wrapped.add(phase.name().equals("discriminator") ? poisoned(phase) : phase);
        }
        this.phases = List.copyOf(wrapped);
    }

    private Phase poisoned(Phase phase) {
        return new Phase() {
            @Override
            public String name() {
                return phase.name();
            }

            @Override
            public List<String> networks() {
                return phase.networks();
            }

            @Override
            public int repeats() {
                return phase.repeats();
            }

            @Override
            public PhaseLoss loss(Batch batch, Rng noise) {
                PhaseLoss loss = phase.loss(batch, noise);
                calls++;
                return calls < poisonedFromCall ? loss : new PhaseLoss(loss.loss().mul(Float.NaN), loss.metrics());
            }
        };
    }

    @Override
    public Map<String, Layer> networks() {
        return inner.networks();
    }

    @Override
    public List<Phase> phases() {
        return phases;
    }

    @Override
    public String sampledNetwork() {
        return inner.sampledNetwork();
    }

    @Override
    public Tensor noise(int n, Rng rng) {
        return inner.noise(n, rng);
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        return inner.sample(sampler, noise);
    }

    @Override
    public List<ExportablePart> exportableParts() {
        return inner.exportableParts();
    }
}
