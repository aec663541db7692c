package dev.gan4j.models.cgan;

import dev.gan4j.core.tensor.Rng;

/** Draws, for each class, another class: the condition a real image is wrongly paired with. */
final class MismatchedClasses {
    private MismatchedClasses() {
    }

    /**
     * For each class k of {@code classes}, a class other than k, uniform over the other
     * {@code count − 1}; one draw from {@code rng} per element, in order. Never k itself, so a
     * mismatched pair never matches by accident.
     */
    static int[] draw(int[] classes, int count, Rng rng) {
        if (count < 2) {
            throw new IllegalArgumentException("Mismatched pairs need at least 2 classes, but the data has " + count + ".");
        }
        int[] other = new int[classes.length];
        for (int i = 0; i < classes.length; i++) {
            other[i] = (classes[i] + 1 + rng.nextInt(count - 1)) % count;
        }
        return other;
    }
}
