package dev.gan4j.core.objective;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Objective;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The Wasserstein GAN of Arjovsky et al. (2017): the critic estimates the earth mover's distance
 * as mean(real) − mean(fake) and minimises its negative, mean(fake) − mean(real); the generator
 * minimises −mean(fake). The critic must stay Lipschitz: either this objective clips every
 * critic parameter to [−c, c] after each critic step (the original recipe, c = 0.01), or the clip
 * is 0 (off) and a gradient penalty ({@link GradientPenalty}, WGAN-GP) does the job instead.
 */
public final class WassersteinObjective implements Objective {
    /** The config name, {@value}. */
    public static final String NAME = "wasserstein";
    /** The original paper's clip value. */
    public static final double DEFAULT_CLIP = 0.01;

    private final float clip;

    /** The Wasserstein objective with weight clipping to ±{@value #DEFAULT_CLIP}. */
    public WassersteinObjective() {
        this((float) DEFAULT_CLIP);
    }

    /**
     * The Wasserstein objective clipping the critic's parameters to [−clip, clip] after each
     * critic step; 0 turns clipping off (for WGAN-GP).
     */
    public WassersteinObjective(float clip) {
        if (!(clip >= 0) || Float.isInfinite(clip)) {
            throw new IllegalArgumentException("The Wasserstein objective's weight clip is " + clip
                    + ", but it must be a finite number of 0 or more: 0.01 as in the paper, or 0 to turn clipping "
                    + "off when a gradient penalty keeps the critic Lipschitz.");
        }
        this.clip = clip;
    }

    /** The clip value; 0 when clipping is off. */
    public float clip() {
        return clip;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** mean(fake) − mean(real): the negated estimate of the Wasserstein distance. */
    @Override
    public Tensor discriminatorLoss(Tensor realScores, Tensor fakeScores) {
        return fakeScores.mean().sub(realScores.mean());
    }

    /** −mean(fake). */
    @Override
    public Tensor generatorLoss(Tensor fakeScores) {
        return fakeScores.mean().neg();
    }

    /** Clips every critic parameter to [−clip, clip] in place, unless clipping is off. */
    @Override
    public void afterDiscriminatorStep(List<Parameter> criticParameters) {
        if (clip == 0f) {
            return;
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Parameter p : criticParameters) {
                float[] values = p.tensor().data();
                for (int i = 0; i < values.length; i++) {
                    values[i] = Math.max(-clip, Math.min(clip, values[i]));
                }
            }
        }
    }

    @Override
    public String toString() {
        return NAME + (clip == 0f ? "" : " (clip " + clip + ")");
    }
}
