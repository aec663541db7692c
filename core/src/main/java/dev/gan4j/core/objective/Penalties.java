package dev.gan4j.core.objective;

import dev.gan4j.core.spi.Penalty;
import java.util.List;

/**
 * The discriminator penalties by config name: {@value GradientPenalty#NAME} (WGAN-GP) and
 * {@value R1Penalty#NAME}.
 */
public final class Penalties {
    /** The default weight of both penalties (λ = 10 in WGAN-GP, γ = 10 in Mescheder et al.). */
    public static final double DEFAULT_WEIGHT = 10.0;

    private static final List<String> NAMES = List.of(GradientPenalty.NAME, R1Penalty.NAME);

    private Penalties() {
    }

    /** The known names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The penalty called {@code name} with the given weight.
     *
     * @throws IllegalArgumentException naming the known penalties when the name is unknown, or
     *                                  when the weight is negative or not finite
     */
    public static Penalty named(String name, double weight) {
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no penalty called " + (name == null ? "null" : "\"" + name + "\"")
                    + "; the known penalties are " + String.join(", ", NAMES) + " (or leave \"penalty\" out for none).");
        }
        return name.equals(GradientPenalty.NAME) ? new GradientPenalty(weight) : new R1Penalty(weight);
    }

    /** Fails with a sentence unless the weight is finite and 0 or more. */
    static float checkedWeight(String penalty, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("The weight of the " + penalty + " penalty is " + weight
                    + ", but it must be a finite number of 0 or more (10 is the usual choice).");
        }
        return (float) weight;
    }
}
