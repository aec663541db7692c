package dev.gan4j.models.gan;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * The inner argmax of a discriminator-only learner: Langevin dynamics on a score network D, which
 * moves points towards the inputs D scores highest. Each step computes ∇ₓ D(x) for the whole batch
 * with the engine's autodiff (only the path to the input is differentiated, and the graph is
 * dropped after every step) and updates the points in place:
 * x ← clamp(x + ε·clip(∇ₓD(x)) + σ·ξ, low, high), ξ ~ N(0, I), where clip bounds each component to
 * ±gradientClip when the settings ask for it.
 *
 * <p>While the chains run, the score network's weights are out of the graph (only the input's
 * gradient is wanted) and the network is in evaluation mode (so spectral normalisation does not
 * move its power-iteration vectors on every step); both are restored afterwards. It must score
 * each sample on its own (no batch statistics), which {@link EbmSystem} checks when it builds.
 */
final class LangevinSampler {
    private final LangevinSettings settings;

    LangevinSampler(LangevinSettings settings) {
        this.settings = settings;
    }

    /** The settings. */
    LangevinSettings settings() {
        return settings;
    }

    /** Fresh starting points, uniform over the data range, shaped [n, sampleShape...]. */
    Tensor freshNoise(Rng rng, int n, int[] sampleShape) {
        int[] dims = new int[sampleShape.length + 1];
        dims[0] = n;
        System.arraycopy(sampleShape, 0, dims, 1, sampleShape.length);
        return Tensor.uniform(rng, (float) settings.low(), (float) settings.high(), dims);
    }

    /**
     * Runs {@code steps} Langevin steps on {@code score} from {@code start} (which is not changed),
     * drawing the noise from {@code rng}.
     *
     * @return the end points, outside any graph, clamped to the data range
     */
    Tensor run(Layer score, Tensor start, int steps, Rng rng) {
        LangevinSettings.requireSteps("The number of Langevin steps", steps);
        int[] dims = start.dims();
        float[] x = start.toArray();
        float low = (float) settings.low();
        float high = (float) settings.high();
        float stepSize = (float) settings.stepSize();
        float sigma = (float) settings.noise();
        boolean clips = settings.clipsGradient();
        float clip = (float) settings.gradientClip();
        clamp(x, low, high);
        float[] noise = sigma > 0 ? new float[x.length] : null;
        boolean training = score.isTraining();
        score.train(false);
        List<Parameter> parameters = score.parameters();
        boolean[] requiredGrad = new boolean[parameters.size()];
        for (int i = 0; i < requiredGrad.length; i++) {
            requiredGrad[i] = parameters.get(i).tensor().requiresGrad();
            // only the input's gradient is wanted; ops on weights that need no gradient record less
            parameters.get(i).tensor().requiresGrad(false);
        }
        // the caller may be sampling inside a no-grad scope; the input gradient needs recording on
        try (GradMode.Scope ignored = GradMode.set(true)) {
            for (int step = 0; step < steps; step++) {
                float[] gradient = scoreGradient(score, Tensor.of(x, dims)).data();
                if (clips) {
                    clamp(gradient, -clip, clip);
                }
                if (noise != null) {
                    rng.fillGaussian(noise, 0, sigma);
                    for (int i = 0; i < x.length; i++) {
                        x[i] = Math.max(low, Math.min(high, x[i] + stepSize * gradient[i] + noise[i]));
                    }
                } else {
                    for (int i = 0; i < x.length; i++) {
                        x[i] = Math.max(low, Math.min(high, x[i] + stepSize * gradient[i]));
                    }
                }
            }
        } finally {
            score.train(training);
            for (int i = 0; i < requiredGrad.length; i++) {
                parameters.get(i).tensor().requiresGrad(requiredGrad[i]);
            }
        }
        return Tensor.of(x, dims);
    }

    /**
     * ∇ₓ of the scores of {@code x} under {@code score}, one gradient per sample (the sum's gradient,
     * since each sample's score depends on that sample alone). Records a graph for the duration of
     * the call only; {@code x} is read, not changed.
     */
    static Tensor scoreGradient(Layer score, Tensor x) {
        try (GradMode.Scope ignored = GradMode.set(true)) {
            Tensor input = x.detach().requiresGrad(true);
            Tensor scores = score.forward(input);
            return Autograd.grad(List.of(scores), List.of(input), false).get(0);
        }
    }

    private static void clamp(float[] x, float low, float high) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(low, Math.min(high, x[i]));
        }
    }
}
