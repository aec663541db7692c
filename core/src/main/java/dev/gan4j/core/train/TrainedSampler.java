package dev.gan4j.core.train;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.spi.LatentSpaceSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Draws samples from a trained system: {@code gan4j sample}, the embedding API and evaluation.
 * Built from a checkpoint it loads every network's weights and, when the run kept a moving
 * average, puts the averaged weights into the sampled network, so the samples are those the run's
 * grids showed.
 */
public final class TrainedSampler {
    /** The most samples drawn in one forward pass. */
    public static final int BATCH = 256;

    private final GanSystem system;

    private TrainedSampler(GanSystem system) {
        this.system = system;
    }

    /** Samples from {@code system} with its weights as they are. */
    public static TrainedSampler of(GanSystem system) {
        return new TrainedSampler(system);
    }

    /**
     * Loads {@code checkpoint} into {@code system} (built from the same config) and samples from it,
     * with the averaged weights of the sampled network when the checkpoint has them.
     *
     * @throws IllegalArgumentException naming the tensor when the checkpoint does not fit the system
     */
    public static TrainedSampler fromCheckpoint(GanSystem system, Checkpoint checkpoint) {
        NetworkTensors.restore(system, checkpoint.tensors(), "The checkpoint of step " + checkpoint.step());
        if (checkpoint.hasAverage()) {
            SampledNetworkAverage.writeAverages(system, checkpoint.averageState());
        }
        return new TrainedSampler(system);
    }

    /** {@code n} samples for noise drawn from {@code rng}, in batches of {@link #BATCH}. */
    public Tensor sample(int n, Rng rng) {
        Layer network = system.networks().get(system.sampledNetwork());
        return inBatches(system, n, rng, noise -> sampleOnce(system, network, noise));
    }

    /**
     * {@code n} new images of {@code domain}: codes drawn from the system's latent prior, one batch
     * of {@link #BATCH} at a time from {@code rng}, decoded by the domain's decoder.
     *
     * @throws IllegalArgumentException in a sentence when the system has no per-domain decoders, no
     *                                  prior, or no such domain (listing its domains)
     */
    public Tensor sampleDomain(String domain, int n, Rng rng) {
        if (!(system instanceof LatentSpaceSystem latent)) {
            throw new IllegalArgumentException("Sampling a domain needs a model that decodes every domain from a "
                    + "latent code (unit, vaegan-pair, latent-domain, cogan), but this one has no per-domain "
                    + "decoders; sample without a domain.");
        }
        if (!latent.domains().contains(domain)) {
            throw new IllegalArgumentException("This model has the domains " + latent.domains() + ", not \"" + domain
                    + "\"; choose one of them.");
        }
        LatentSpaceSystem.LatentPrior prior = latent.prior().orElseThrow(() -> new IllegalArgumentException(
                "This model has no prior over its latent codes (its family trains no KL term or noise input, as "
                        + "ComboGAN), so it cannot draw new images of " + domain + "; translate real images with "
                        + "gan4j translate instead."));
        return inBatches(n, rng, codes -> latent.decode(domain, codes), prior);
    }

    /** Samples from {@code network} in evaluation mode without a graph, restoring its mode after. */
    static Tensor sampleOnce(GanSystem system, Layer network, Tensor noise) {
        boolean training = network.isTraining();
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            return system.sample(network, noise);
        } finally {
            network.train(training);
        }
    }

    /**
     * {@code n} samples, noise drawn from {@code rng} one batch at a time (so the same n, seed and
     * batch size give the same samples), joined along the first axis.
     */
    static Tensor inBatches(GanSystem system, int n, Rng rng, UnaryOperator<Tensor> sample) {
        return inBatches(n, rng, sample, system::noise);
    }

    private static Tensor inBatches(int n, Rng rng, UnaryOperator<Tensor> sample, LatentSpaceSystem.LatentPrior noise) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of samples must be at least 1, but was " + n + ".");
        }
        List<Tensor> parts = new ArrayList<>();
        for (int done = 0; done < n; done += BATCH) {
            parts.add(sample.apply(noise.draw(Math.min(BATCH, n - done), rng)));
        }
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
    }
}
