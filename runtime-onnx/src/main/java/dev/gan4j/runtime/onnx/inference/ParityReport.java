package dev.gan4j.runtime.onnx.inference;

import java.util.Locale;

/**
 * How far ONNX Runtime's output of an exported part is from the JVM's forward pass on the same input.
 *
 * @param part             the part's name
 * @param batch            the batch size compared
 * @param maxAbsoluteError the largest |onnx − jvm| over all elements
 * @param maxRelativeError the largest |onnx − jvm| / max(|jvm|, 1): relative for values of magnitude
 *                         1 or more, absolute below, where float32 rounding is absolute
 */
public record ParityReport(String part, int batch, double maxAbsoluteError, double maxRelativeError) {
    /** Whether the relative error is at most {@code tolerance}. */
    public boolean within(double tolerance) {
        return maxRelativeError <= tolerance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, batch %d: max relative error %.3g, max absolute error %.3g",
                part, batch, maxRelativeError, maxAbsoluteError);
    }
}
