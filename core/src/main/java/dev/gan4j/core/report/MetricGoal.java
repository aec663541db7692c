package dev.gan4j.core.report;

import java.util.Set;

/** Which way a metric improves, so the report can mark each curve's best value. */
final class MetricGoal {
    /** Metrics where more is better; every other metric (FID, KID, errors, losses) is better lower. */
    private static final Set<String> HIGHER_IS_BETTER = Set.of("precision", "recall", "classifier_score",
            "class_entropy", "conditional_accuracy", "modes_covered", "high_quality_fraction", "psnr", "accuracy");

    private MetricGoal() {
    }

    static boolean higherIsBetter(String metric) {
        return HIGHER_IS_BETTER.contains(metric);
    }

    /** The index of the best point of {@code curve} ([step, value] pairs) for {@code metric}; -1 when empty. */
    static int best(String metric, java.util.List<double[]> curve) {
        int best = -1;
        boolean higher = higherIsBetter(metric);
        for (int i = 0; i < curve.size(); i++) {
            double v = curve.get(i)[1];
            if (best < 0 || (higher ? v > curve.get(best)[1] : v < curve.get(best)[1])) {
                best = i;
            }
        }
        return best;
    }

    /** A value as a reader wants it: whole numbers without decimals, others to four significant digits. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            // four significant digits, trailing zeros dropped
            java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(4));
            return rounded.stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3e", value);
    }

    /** Text that may be a number ({@code "0.5533420032325825"}) formatted as one; other text as it is. */
    static String formatText(String text) {
        try {
            return format(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
