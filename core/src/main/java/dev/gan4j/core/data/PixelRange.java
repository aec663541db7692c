package dev.gan4j.core.data;

/** The range 8-bit pixel values (0 to 255) are scaled to. */
public enum PixelRange {
    /** [-1, 1]: 0 becomes -1 and 255 becomes 1, matching a generator with a tanh output. */
    MINUS_ONE_TO_ONE,
    /** [0, 1]: 0 stays 0 and 255 becomes 1, matching a sigmoid output. */
    ZERO_TO_ONE;

    /** Scales {@code values} (each 0 to 255) in place. */
    public void scaleInPlace(float[] values) {
        if (this == MINUS_ONE_TO_ONE) {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] / 127.5f - 1f;
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] / 255f;
            }
        }
    }
}
