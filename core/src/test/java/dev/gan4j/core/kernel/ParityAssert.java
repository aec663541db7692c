package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.fail;

/** Compares a fast backend's output with the reference backend's. */
final class ParityAssert {
    /** Allowed error relative to the size of the reference values (float sums of up to a few thousand terms). */
    static final double RELATIVE = 1e-4;

    private ParityAssert() {
    }

    /**
     * Fails unless every element is within {@value #RELATIVE} of the reference, relative to the
     * element's magnitude plus the root mean square of the whole reference (so sums that cancel
     * to near zero are not held to an impossible standard).
     */
    static void assertClose(String what, float[] expected, float[] actual, int offset, int length) {
        double sumSquares = 0;
        for (int i = offset; i < offset + length; i++) {
            sumSquares += (double) expected[i] * expected[i];
        }
        double rms = Math.sqrt(sumSquares / Math.max(1, length));
        for (int i = offset; i < offset + length; i++) {
            double allowed = RELATIVE * (Math.abs(expected[i]) + rms) + 1e-30;
            if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
                fail(what + ": element " + (i - offset) + " is " + actual[i] + " but the reference gives " + expected[i]
                        + " (allowed difference " + allowed + ")");
            }
        }
    }
}
