package dev.gan4j.core.config;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A learning-rate schedule by name. Its spans ({@code hold}, {@code every}) are a fraction of the
 * run when between 0 and 1 ({@code "hold": 0.5}: half of {@code training.steps}), so the schedule
 * stretches with {@code --steps} and with {@code gan4j resume --steps}; a whole number is a count
 * of steps and stays that count however long the run is.
 *
 * @param type  {@code "constant"}, {@code "step"} (multiply by gamma every {@code every} steps)
 *              or {@code "linear-decay"} (hold for {@code hold} steps, then fall linearly to zero
 *              by the last step)
 * @param every steps between decays, for {@code "step"}: a whole number, or a fraction of the run
 * @param gamma the factor, for {@code "step"}
 * @param hold  steps at the initial rate, for {@code "linear-decay"}: a whole number, or a fraction
 *              of the run
 */
public record ScheduleConfig(String type, @JsonSerialize(using = WholeNumbersAsIntegers.class) double every,
                             double gamma, @JsonSerialize(using = WholeNumbersAsIntegers.class) double hold) {
    /** Applies the default type and checks that each span is a whole number or a fraction. */
    public ScheduleConfig {
        type = type == null ? "constant" : type;
        requireSpan("training.schedule.every", every);
        requireSpan("training.schedule.hold", hold);
    }

    /** A constant rate. */
    public static ScheduleConfig constant() {
        return new ScheduleConfig("constant", 0, 0, 0);
    }

    /** {@code hold} as a count of steps in a run of {@code runSteps}. */
    public int holdSteps(int runSteps) {
        return steps(hold, runSteps);
    }

    /** {@code every} as a count of steps in a run of {@code runSteps}. */
    public int everySteps(int runSteps) {
        return steps(every, runSteps);
    }

    /** Whether {@code span} is a fraction of the run (stretching with it) rather than a count of steps. */
    public static boolean isFraction(double span) {
        return span > 0 && span < 1;
    }

    private static int steps(double span, int runSteps) {
        return isFraction(span) ? (int) Math.round(span * runSteps) : (int) span;
    }

    private static void requireSpan(String field, double span) {
        if (!(span >= 0) || (!isFraction(span) && (span != Math.rint(span) || span > Integer.MAX_VALUE))) {
            throw new IllegalArgumentException(field + " is " + span + ", but it must be a fraction of the run"
                    + " between 0 and 1 (0.5 is half of training.steps) or a whole number of steps.");
        }
    }
}
