package dev.gan4j.core.nn;

import dev.gan4j.core.tensor.Tensor;

/** x where x &gt; 0, slope·x elsewhere (DCGAN's discriminators use slope 0.2). */
public final class LeakyReLU extends AbstractLayer {
    private final float slope;

    /** A leaky rectifier with the given negative slope. */
    public LeakyReLU(float slope) {
        if (!Float.isFinite(slope)) {
            throw new IllegalArgumentException("The slope of LeakyReLU must be a finite number, but was " + slope + ".");
        }
        this.slope = slope;
    }

    /** The negative slope. */
    public float slope() {
        return slope;
    }

    @Override
    public Tensor forward(Tensor input) {
        return input.leakyRelu(slope);
    }

    @Override
    public String toString() {
        return "LeakyReLU(" + slope + ")";
    }
}
