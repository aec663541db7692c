package dev.gan4j.core.objective;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;

/**
 * The R1 penalty of Mescheder et al. (2018): weight/2 · mean over real samples of
 * ‖∇ₓD(x)‖², which pushes the discriminator's gradient to zero on the data and stabilises the
 * non-saturating game. Uses the real batch only; the generated batch and the generator are ignored.
 */
public final class R1Penalty implements Penalty {
    /** The config name, {@value}. */
    public static final String NAME = "r1";

    private final float weight;

    /** The penalty with weight γ. */
    public R1Penalty(double weight) {
        this.weight = Penalties.checkedWeight(NAME, weight);
    }

    /** The weight γ. */
    public float weight() {
        return weight;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** weight/2 · mean over the real samples of ‖∇ₓD(x)‖²; draws nothing from {@code rng}. */
    @Override
    public Tensor compute(Layer critic, Tensor real, Tensor fake, Rng rng) {
        return CriticInputGradient.squaredNorms(critic, real).mean().mul(weight / 2f);
    }

    @Override
    public String toString() {
        return NAME + " (weight " + weight + ")";
    }
}
