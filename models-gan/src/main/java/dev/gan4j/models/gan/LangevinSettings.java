package dev.gan4j.models.gan;

/**
 * How the {@code ebm} family's sampler searches for high-scoring inputs, checked in one place: each
 * of {@link #steps} Langevin steps moves every point along the gradient of the score network's
 * output, x ← clamp(x + stepSize·clip(∇ₓD(x)) + noise·ξ, low, high) with ξ ~ N(0, I), which is gradient
 * descent on the energy E = −D with Gaussian noise (Du and Mordatch, 2019); clip bounds each
 * gradient component to [−gradientClip, gradientClip], as their image sampler does. Chains start from a
 * replay buffer of earlier negatives with probability {@link #bufferFraction}, else from fresh
 * noise, uniform in [low, high].
 *
 * @param steps          Langevin steps per chain, 1 or more
 * @param stepSize       the step ε along the score's gradient, a positive number
 * @param noise          the standard deviation of the Gaussian noise added at each step, 0 or more
 * @param bufferFraction the fraction of chains that start from the replay buffer, in [0, 1]
 * @param low            the lower end of the data range: fresh noise starts above it, every step is clamped to it
 * @param high           the upper end of the data range
 * @param gradientClip   the largest magnitude a gradient component keeps, a positive number
 *                       ({@link Double#POSITIVE_INFINITY}: no clipping)
 */
record LangevinSettings(int steps, double stepSize, double noise, double bufferFraction, double low, double high,
                        double gradientClip) {
    /** Settings that never clip the gradient. */
    LangevinSettings(int steps, double stepSize, double noise, double bufferFraction, double low, double high) {
        this(steps, stepSize, noise, bufferFraction, low, high, Double.POSITIVE_INFINITY);
    }

    /** Checks every value; messages name the field as {@code ebm.<field>}. */
    LangevinSettings {
        requireSteps("ebm.langevinSteps", steps);
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("ebm.stepSize is " + stepSize + ", but it must be a positive number: the"
                    + " step along the score's gradient at each Langevin step (10 is usual for images in [-1, 1]).");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("ebm.noise is " + noise + ", but it must be a finite number of 0 or more:"
                    + " the standard deviation of the Gaussian noise added at each Langevin step (0.005 is usual).");
        }
        if (!(bufferFraction >= 0 && bufferFraction <= 1)) {
            throw new IllegalArgumentException("ebm.bufferFraction is " + bufferFraction + ", but it must lie in [0, 1]:"
                    + " the fraction of Langevin chains that start from the replay buffer rather than fresh noise"
                    + " (0.95 is usual).");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException("ebm.dataRange is [" + low + ", " + high + "], but it must be two finite"
                    + " numbers [low, high] with low < high: the box the sampler starts in and clamps to.");
        }
        if (!(gradientClip > 0)) {
            throw new IllegalArgumentException("ebm.gradientClip is " + gradientClip + ", but it must be a positive"
                    + " number: the largest magnitude each component of the score's gradient keeps at a Langevin step"
                    + " (0.03 is usual with stepSize 10 for images in [-1, 1]); leave it out not to clip.");
        }
    }

    /** Whether gradient components are clipped. */
    boolean clipsGradient() {
        return gradientClip != Double.POSITIVE_INFINITY;
    }

    /**
     * Checks a number of Langevin steps.
     *
     * @param field the field or option that gave it, for the message ({@code "ebm.sampleSteps"})
     */
    static int requireSteps(String field, int steps) {
        if (steps <= 0) {
            throw new IllegalArgumentException(field + " is " + steps + ", but it must be 1 or more: the number of"
                    + " Langevin steps each chain takes (60 is usual).");
        }
        return steps;
    }

    /** The same settings with another number of steps (for sampling after training). */
    LangevinSettings withSteps(int otherSteps) {
        return new LangevinSettings(otherSteps, stepSize, noise, bufferFraction, low, high, gradientClip);
    }
}
