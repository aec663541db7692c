package dev.gan4j.core.autograd;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import java.util.function.Function;

/**
 * Seeded inputs for gradient checks, chosen away from the kinks of the ops (0 for relu and abs,
 * the bounds of clamp, ties of maximum), so that central finite differences are meaningful.
 */
final class SampleTensors {
    private SampleTensors() {
    }

    /** Values with magnitude in [0.2, 1.5] and random sign: away from 0. */
    static Tensor awayFromZero(long seed, int... dims) {
        Rng rng = new Rng(seed);
        Tensor t = Tensor.uniform(rng, 0.2f, 1.5f, dims);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            if (rng.nextFloat() < 0.5f) {
                d[i] = -d[i];
            }
        }
        return t;
    }

    /** Values in [0.5, 2]: inside the domain of sqrt, log and division. */
    static Tensor positive(long seed, int... dims) {
        return Tensor.uniform(new Rng(seed), 0.5f, 2f, dims);
    }

    /** Standard normal values. */
    static Tensor gaussian(long seed, int... dims) {
        return Tensor.randn(new Rng(seed), dims);
    }

    /** The values 0, 1, 2, ... in the given shape: easy to follow in hand-computed expectations. */
    static Tensor counting(int... dims) {
        Tensor t = Tensor.zeros(dims);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = i;
        }
        return t;
    }

    /**
     * The gradient penalty of {@code g} with respect to its first input,
     * {@code sum(square(grad(sum(g(in)), in[0], createGraph = true)))}: a function whose own
     * gradient exists only if the backward pass of every op inside {@code g} is differentiable.
     * Recording is switched on inside, because {@code GradientCheck} evaluates its finite
     * differences in a no-grad scope.
     */
    static Function<List<Tensor>, Tensor> gradientPenalty(Function<List<Tensor>, Tensor> g) {
        return in -> {
            try (GradMode.Scope ignored = GradMode.set(true)) {
                Tensor inner = g.apply(in).sum();
                Tensor dx = Autograd.grad(List.of(inner), List.of(in.get(0)), true).get(0);
                return dx.square().sum();
            }
        };
    }
}
