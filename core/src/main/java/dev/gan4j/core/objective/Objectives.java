package dev.gan4j.core.objective;

import dev.gan4j.core.spi.Objective;
import java.util.List;

/**
 * The adversarial objectives by config name: {@value MinimaxObjective#NAME},
 * {@value NonSaturatingObjective#NAME}, {@value LeastSquaresObjective#NAME},
 * {@value WassersteinObjective#NAME} and {@value HingeObjective#NAME}.
 */
public final class Objectives {
    private static final List<String> NAMES = List.of(MinimaxObjective.NAME, NonSaturatingObjective.NAME,
            LeastSquaresObjective.NAME, WassersteinObjective.NAME, HingeObjective.NAME);

    private Objectives() {
    }

    /** The known names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /** The objective called {@code name}, with its default settings (Wasserstein clips at 0.01). */
    public static Objective named(String name) {
        return named(name, null);
    }

    /**
     * The objective called {@code name}.
     *
     * @param weightClip the Wasserstein critic's clip value (0 for none), or null for the default;
     *                   must be null for the other objectives, which have no clip
     * @throws IllegalArgumentException naming the known objectives when the name is unknown, or
     *                                  when a clip is given to an objective that has none
     */
    public static Objective named(String name, Double weightClip) {
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no objective called " + (name == null ? "null" : "\"" + name + "\"")
                    + "; the known objectives are " + String.join(", ", NAMES) + ".");
        }
        if (weightClip != null && !name.equals(WassersteinObjective.NAME)) {
            throw new IllegalArgumentException("A weight clip of " + weightClip + " was given with the \"" + name
                    + "\" objective, but only the wasserstein objective clips weights; remove weightClip or use "
                    + "\"objective\": \"wasserstein\".");
        }
        return switch (name) {
            case MinimaxObjective.NAME -> new MinimaxObjective();
            case NonSaturatingObjective.NAME -> new NonSaturatingObjective();
            case LeastSquaresObjective.NAME -> new LeastSquaresObjective();
            case WassersteinObjective.NAME -> weightClip == null ? new WassersteinObjective()
                    : new WassersteinObjective(weightClip.floatValue());
            case HingeObjective.NAME -> new HingeObjective();
            default -> throw new IllegalStateException("The objective \"" + name + "\" is listed but not built.");
        };
    }
}
