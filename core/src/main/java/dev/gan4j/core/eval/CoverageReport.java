package dev.gan4j.core.eval;

import java.util.Arrays;
import java.util.Locale;

/**
 * The result of {@link MixtureCoverage}: the high-quality samples registered to each mode, and
 * the figures derived from them.
 *
 * @param highQualityPerMode the number of high-quality samples registered to each mode
 * @param samples            the number of samples scored
 * @param minimumPerMode     the number of high-quality samples that make a mode count as covered
 */
public record CoverageReport(int[] highQualityPerMode, int samples, int minimumPerMode) {
    /** Copies the counts and checks the figures. */
    public CoverageReport {
        highQualityPerMode = highQualityPerMode.clone();
        if (samples < 1) {
            throw new IllegalArgumentException("A coverage report needs at least one sample, but has " + samples + ".");
        }
        if (minimumPerMode < 1) {
            throw new IllegalArgumentException("The minimum number of high-quality samples per covered mode is "
                    + minimumPerMode + ", but it must be at least 1.");
        }
    }

    /** A copy of the per-mode counts. */
    @Override
    public int[] highQualityPerMode() {
        return highQualityPerMode.clone();
    }

    /** The number of modes of the mixture. */
    public int modes() {
        return highQualityPerMode.length;
    }

    /** The number of modes with at least {@link #minimumPerMode()} high-quality samples. */
    public int modesCovered() {
        return modesCoveredWithAtLeast(minimumPerMode);
    }

    /** The number of modes with at least {@code count} high-quality samples. */
    public int modesCoveredWithAtLeast(int count) {
        int covered = 0;
        for (int c : highQualityPerMode) {
            covered += c >= count ? 1 : 0;
        }
        return covered;
    }

    /** The number of samples within three standard deviations of their nearest mode. */
    public int highQualitySamples() {
        return Arrays.stream(highQualityPerMode).sum();
    }

    /** The fraction of samples within three standard deviations of their nearest mode, 0 to 1. */
    public double highQualityFraction() {
        return (double) highQualitySamples() / samples;
    }

    /** Equal counts, sample numbers and minimum. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageReport r && Arrays.equals(r.highQualityPerMode, highQualityPerMode)
                && r.samples == samples && r.minimumPerMode == minimumPerMode;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(highQualityPerMode) * 31 + samples * 7 + minimumPerMode;
    }

    /** "8/8 modes covered, 98.9% of 2000 samples high quality". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d/%d modes covered, %.1f%% of %d samples high quality", modesCovered(),
                modes(), 100 * highQualityFraction(), samples);
    }
}
