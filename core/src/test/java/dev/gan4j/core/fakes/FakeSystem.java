package dev.gan4j.core.fakes;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.Generator;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/** A system of one untrained generator and no phases: enough to build and sample, nothing to train. */
final class FakeSystem implements GanSystem {
    private final Generator generator;

    FakeSystem(Generator generator) {
        this.generator = generator;
    }

    @Override
    public Map<String, Layer> networks() {
        return Map.of("generator", generator.network());
    }

    @Override
    public List<Phase> phases() {
        return List.of();
    }

    @Override
    public String sampledNetwork() {
        return "generator";
    }

    @Override
    public Tensor noise(int n, Rng rng) {
        return Tensor.randn(rng, n, generator.latentSize());
    }

    @Override
    public Tensor sample(Layer sampler, Tensor noise) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return sampler.forward(noise);
        }
    }

    /** A test system ships nothing. */
    @Override
    public List<ExportablePart> exportableParts() {
        return List.of();
    }
}
