package dev.gan4j.core.config;

/**
 * A learning-rate schedule by name.
 *
 * @param type      {@code "constant"}, {@code "step"} (multiply by gamma every {@code every} steps)
 *                  or {@code "linear-decay"} (hold for {@code hold} steps, then fall linearly to
 *                  zero by the last step)
 * @param every     steps between decays, for {@code "step"}
 * @param gamma     the factor, for {@code "step"}
 * @param hold      steps at the initial rate, for {@code "linear-decay"}
 */
public record ScheduleConfig(String type, int every, double gamma, int hold) {
    /** Applies the default type. */
    public ScheduleConfig {
        type = type == null ? "constant" : type;
    }

    /** A constant rate. */
    public static ScheduleConfig constant() {
        return new ScheduleConfig("constant", 0, 0, 0);
    }
}
