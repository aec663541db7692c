package dev.gan4j.models.cycle;

/** The checks the families of this module make on their configs' values, with messages naming the field. */
final class FamilyConfigs {
    private FamilyConfigs() {
    }

    /** Fails with a sentence unless {@code value} is a finite number of 0 or more. */
    static double nonNegative(String field, double value, String usual) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " is " + value + ", but it must be a finite number of 0 or more ("
                    + usual + ").");
        }
        return value;
    }
}
