package dev.gan4j.models.gan;

import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.objective.Objectives;
import dev.gan4j.core.objective.WassersteinObjective;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.FamilyConfig;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.Objective;
import java.util.List;

/**
 * The config of the {@code "ebm"} family: a discriminator alone, trained as an energy (score)
 * network whose negatives are found by Langevin dynamics (Du and Mordatch, 2019). Absent fields
 * take their defaults here, in one place.
 *
 * <pre>{@code
 * {"type": "ebm", "network": {"type": "mlp", "hiddenSizes": [256, 512]}, "spectralNorm": false,
 *  "objective": "wasserstein", "scoreL2": 0.1, "langevinSteps": 60, "stepSize": 10.0, "noise": 0.005,
 *  "bufferFraction": 0.95, "bufferSize": 10000, "dataRange": null, "sampleSteps": 60, "gradientClip": null,
 *  "dataNoise": 0.0}
 * }</pre>
 *
 * @param network        the score network's architecture, built in the discriminator role with one
 *                       output (mlp or dcgan; a dcgan one needs {@code "discriminatorBatchNorm": false})
 * @param spectralNorm   whether every linear and convolution layer of the score network is spectrally
 *                       normalised (default false)
 * @param objective      how real scores are pushed up and negative scores down: any adversarial
 *                       objective's discriminator loss (default {@code "wasserstein"}, mean(D(neg)) −
 *                       mean(D(real)), which is the contrastive-divergence loss of an energy E = −D;
 *                       it never clips weights here)
 * @param scoreL2        the weight of the L2 penalty mean(D(real)²) + mean(D(neg)²) that keeps scores
 *                       near 0 (default 0.1)
 * @param langevinSteps  Langevin steps per training batch (default 60)
 * @param stepSize       the step along the score's gradient (default 10)
 * @param noise          the standard deviation of the Gaussian noise of each step (default 0.005)
 * @param bufferFraction the fraction of training chains that start from the replay buffer (default 0.95)
 * @param bufferSize     the most negatives the replay buffer keeps (default 10000)
 * @param dataRange      [low, high]: fresh noise is uniform in it and every step is clamped to it;
 *                       absent means [−1, 1] for images, and vector data must give it
 * @param sampleSteps    Langevin steps from fresh noise when sampling (grids, evaluation,
 *                       {@code gan4j sample}) (default: langevinSteps)
 * @param gradientClip   each component of the score's gradient is clipped to ±gradientClip before
 *                       a Langevin step, as Du and Mordatch's image sampler does (0.03 with stepSize
 *                       10 moves a pixel at most 0.3 a step); absent means no clipping
 * @param dataNoise      the standard deviation of Gaussian noise added to each real batch before it
 *                       is scored (then clamped to the data range), which smooths the data
 *                       distribution so negatives and positives overlap (default 0; 0.005 to 0.03 is
 *                       usual for images)
 */
public record EbmConfig(NetworkConfig network, Boolean spectralNorm, String objective, Double scoreL2,
                        Integer langevinSteps, Double stepSize, Double noise, Double bufferFraction,
                        Integer bufferSize, List<Double> dataRange, Integer sampleSteps, Double gradientClip,
                        Double dataNoise) implements FamilyConfig {
    /** Applies the defaults and checks every field, naming it. */
    public EbmConfig {
        network = network == null ? MlpNetworkConfig.defaults() : network;
        spectralNorm = spectralNorm != null && spectralNorm;
        objective = objective == null ? WassersteinObjective.NAME : objective;
        scoreL2 = scoreL2 == null ? 0.1 : scoreL2;
        langevinSteps = langevinSteps == null ? 60 : langevinSteps;
        stepSize = stepSize == null ? 10.0 : stepSize;
        noise = noise == null ? 0.005 : noise;
        bufferFraction = bufferFraction == null ? 0.95 : bufferFraction;
        bufferSize = bufferSize == null ? 10000 : bufferSize;
        dataRange = dataRange == null ? null : List.copyOf(dataRange);
        sampleSteps = sampleSteps == null ? langevinSteps : sampleSteps;
        dataNoise = dataNoise == null ? 0.0 : dataNoise;
        if (!Objectives.names().contains(objective)) {
            throw new IllegalArgumentException("ebm.objective is \"" + objective + "\", but the known objectives are "
                    + String.join(", ", Objectives.names()) + ".");
        }
        if (!(scoreL2 >= 0) || scoreL2.isInfinite()) {
            throw new IllegalArgumentException("ebm.scoreL2 is " + scoreL2 + ", but it must be a finite number of 0 or"
                    + " more: the weight of the L2 penalty on scores (0.1 is usual).");
        }
        if (!(dataNoise >= 0) || dataNoise.isInfinite()) {
            throw new IllegalArgumentException("ebm.dataNoise is " + dataNoise + ", but it must be a finite number of 0"
                    + " or more: the standard deviation of the noise added to real batches (0.005 to 0.03 is usual for"
                    + " images).");
        }
        if (bufferSize < 1) {
            throw new IllegalArgumentException("ebm.bufferSize is " + bufferSize + ", but it must be 1 or more: the"
                    + " number of earlier negatives the replay buffer keeps (10000 is usual).");
        }
        if (dataRange != null && dataRange.size() != 2) {
            throw new IllegalArgumentException("ebm.dataRange has " + dataRange.size() + " values, but it must be two,"
                    + " [low, high]: the box the sampler starts in and clamps to.");
        }
        // checks langevinSteps, stepSize, noise, bufferFraction, the range and the clip, each by its field name
        new LangevinSettings(langevinSteps, stepSize, noise, bufferFraction,
                dataRange == null ? -1 : nonNull(dataRange.get(0)), dataRange == null ? 1 : nonNull(dataRange.get(1)),
                clip(gradientClip));
        LangevinSettings.requireSteps("ebm.sampleSteps", sampleSteps);
    }

    /** All defaults. */
    public static EbmConfig defaults() {
        return new EbmConfig(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The sampler's settings for {@code data}: its range, or [−1, 1] for images.
     *
     * @throws IllegalArgumentException naming {@code ebm.dataRange} when vector data has no range set
     */
    LangevinSettings langevin(DataSpec data) {
        double low;
        double high;
        if (dataRange != null) {
            low = dataRange.get(0);
            high = dataRange.get(1);
        } else if (data.isImage()) {
            low = -1;
            high = 1;
        } else {
            throw new IllegalArgumentException("ebm.dataRange is not set, and the data (" + data + ") are vectors, whose"
                    + " range the family cannot know; set it to the box the sampler starts in and clamps to, such as"
                    + " [-3, 3] for ring8 or [-5, 5] for grid25.");
        }
        return new LangevinSettings(langevinSteps, stepSize, noise, bufferFraction, low, high, clip(gradientClip));
    }

    private static double clip(Double gradientClip) {
        return gradientClip == null ? Double.POSITIVE_INFINITY : gradientClip;
    }

    /** The objective, which never clips weights in this family. */
    Objective buildObjective() {
        return Objectives.named(objective, objective.equals(WassersteinObjective.NAME) ? 0.0 : null);
    }

    private static double nonNull(Double value) {
        if (value == null) {
            throw new IllegalArgumentException("ebm.dataRange holds null; give two numbers [low, high].");
        }
        return value;
    }
}
