package dev.gan4j.core.objective;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.Penalty;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;

/**
 * The gradient penalty of WGAN-GP (Gulrajani et al., 2017): on points x̂ = ε·real + (1 − ε)·fake,
 * with one ε ~ U[0, 1) per sample, weight · mean((‖∇ₓ̂ D(x̂)‖₂ − 1)²). It keeps the critic close
 * to 1-Lipschitz along the lines between the two distributions.
 *
 * <p>The norm is √(‖g‖² + 1e-12): the tiny constant keeps the gradient of the norm finite where
 * the critic is flat, and changes no value a float can show.
 */
public final class GradientPenalty implements Penalty {
    /** The config name, {@value}. */
    public static final String NAME = "gradient-penalty";
    private static final float NORM_FLOOR = 1e-12f;

    private final float weight;

    /** The penalty with weight λ. */
    public GradientPenalty(double weight) {
        this.weight = Penalties.checkedWeight(NAME, weight);
    }

    /** The weight λ. */
    public float weight() {
        return weight;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * weight · mean over samples of (‖∇D(x̂)‖ − 1)², drawing one interpolation coefficient per
     * sample from {@code rng}, in sample order.
     */
    @Override
    public Tensor compute(Layer critic, Tensor real, Tensor fake, Rng rng) {
        if (!real.shape().equals(fake.shape())) {
            throw new IllegalArgumentException("The gradient penalty interpolates real and generated samples of the same "
                    + "shape, but got real " + real.shape() + " and generated " + fake.shape() + ".");
        }
        int n = real.dim(0);
        int[] perSample = new int[real.rank()];
        Arrays.fill(perSample, 1);
        perSample[0] = n;
        Tensor epsilon = Tensor.uniform(rng, 0f, 1f, perSample);
        Tensor interpolated = real.detach().mul(epsilon).add(fake.detach().mul(epsilon.neg().add(1f)));
        Tensor norms = CriticInputGradient.squaredNorms(critic, interpolated).add(NORM_FLOOR).sqrt();
        return norms.sub(1f).square().mean().mul(weight);
    }

    @Override
    public String toString() {
        return NAME + " (weight " + weight + ")";
    }
}
