package dev.gan4j.core.spi;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.tensor.Rng;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Phase} made of its parts, so a family writes only its loss:
 *
 * <pre>{@code
 * Phase critic = LossPhase.of("discriminator", List.of("discriminator"), this::criticLoss)
 *         .withRepeats(settings.nCritic())
 *         .withAfterStep(() -> objective.afterDiscriminatorStep(critic.network().parameters()));
 * }</pre>
 *
 * @param name      the phase's name; configs key its optimiser by it
 * @param networks  the networks it updates, by their names in the system's networks
 * @param repeats   how many times it runs per iteration, 1 or more
 * @param loss      the loss of one step
 * @param afterEachStep what runs after each optimiser step (weight clipping), or nothing
 */
public record LossPhase(String name, List<String> networks, int repeats, Loss loss, Runnable afterEachStep)
        implements Phase {
    /** A phase's loss on a batch and the run's noise generator, recording the graph. */
    @FunctionalInterface
    public interface Loss {
        /** The loss to minimise and the figures to log; see {@link Phase#loss}. */
        PhaseLoss compute(Batch batch, Rng noise);
    }

    /** Checks the parts: a name, at least one network, at least one repeat. */
    public LossPhase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(afterEachStep, "afterEachStep");
        networks = List.copyOf(networks);
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("The phase \"" + name + "\" updates no network; name the networks it "
                    + "trains, as the system's networks() names them.");
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("The phase \"" + name + "\" repeats " + repeats + " times per "
                    + "iteration, but it must run at least once.");
        }
    }

    /** A phase run once per iteration, with nothing after its steps. */
    public static LossPhase of(String name, List<String> networks, Loss loss) {
        return new LossPhase(name, networks, 1, loss, () -> { });
    }

    /** This phase, run {@code times} per iteration. */
    public LossPhase withRepeats(int times) {
        return new LossPhase(name, networks, times, loss, afterEachStep);
    }

    /** This phase, calling {@code action} after each of its optimiser steps. */
    public LossPhase withAfterStep(Runnable action) {
        return new LossPhase(name, networks, repeats, loss, action);
    }

    @Override
    public PhaseLoss loss(Batch batch, Rng noise) {
        return loss.compute(batch, noise);
    }

    @Override
    public void afterStep() {
        afterEachStep.run();
    }
}
