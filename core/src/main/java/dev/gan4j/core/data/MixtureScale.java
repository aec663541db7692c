package dev.gan4j.core.data;

/** The {@code "scale"} field shared by the toy mixtures' configs: its default and its check. */
final class MixtureScale {
    private MixtureScale() {
    }

    /** 1 when absent; otherwise the value, which must be a positive finite number. */
    static double orDefault(Double scale) {
        if (scale == null) {
            return 1.0;
        }
        if (!(scale > 0) || scale.isInfinite()) {
            throw new IllegalArgumentException("data.scale is " + scale + ", but it must be a positive number: it "
                    + "multiplies the positions and the spread of the modes, and 1 keeps the standard mixture.");
        }
        return scale;
    }
}
