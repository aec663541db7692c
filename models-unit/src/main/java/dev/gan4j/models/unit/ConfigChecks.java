package dev.gan4j.models.unit;

import dev.gan4j.core.objective.Objectives;

/** The checks each family of this module makes on its config's values, with messages naming the field. */
final class ConfigChecks {
    private ConfigChecks() {
    }

    /** {@code value}, or {@code fallback} when absent, checked to be a finite number of 0 or more. */
    static double weight(String field, Double value, double fallback, String usual) {
        double v = value == null ? fallback : value;
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " is " + v + ", but it must be a finite number of 0 or more ("
                    + usual + ").");
        }
        return v;
    }

    /** {@code name}, or {@code fallback} when absent, checked to be a known objective. */
    static String objective(String field, String name, String fallback) {
        String chosen = name == null ? fallback : name;
        if (!Objectives.names().contains(chosen)) {
            throw new IllegalArgumentException(field + " is \"" + chosen + "\", but the known objectives are "
                    + String.join(", ", Objectives.names()) + ".");
        }
        return chosen;
    }

    /** {@code value}, or {@code fallback} when absent, checked to be 0 or more. */
    static int count(String field, Integer value, int fallback, String usual) {
        int v = value == null ? fallback : value;
        if (v < 0) {
            throw new IllegalArgumentException(field + " is " + v + ", but it must be 0 or more (" + usual + ").");
        }
        return v;
    }
}
