package dev.gan4j.core.train;

import dev.gan4j.core.config.OptimizerConfig;
import dev.gan4j.core.config.ScheduleConfig;
import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.optim.GradientClipping;
import dev.gan4j.core.optim.LearningRateScheduler;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.PhaseLoss;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One phase of a system with its own optimiser, learning-rate schedule and gradient clipping.
 * Each run of the phase, repeated {@link Phase#repeats()} times: zero the gradients of the phase's
 * parameters, draw a batch, compute the loss, backpropagate, clip, set the scheduled rate, step
 * the optimiser, and update the moving average when this phase trains the sampled network.
 */
final class OptimisedPhase {
    private final Phase phase;
    private final Optimizer optimizer;
    private final LearningRateScheduler scheduler;
    private final double clipNorm;
    private final boolean updatesAverage;
    private final List<Tensor> frozen;

    /**
     * @param parameters the phase's parameters, named by the system ({@link dev.gan4j.core.spi.SystemParameters})
     * @param frozen     the tensors other phases train, frozen while this one runs
     */
    OptimisedPhase(Phase phase, List<Parameter> parameters, OptimizerConfig optimizerConfig, ScheduleConfig schedule,
                   int steps, SampledNetworkAverage average, List<Tensor> frozen) {
        this.phase = phase;
        this.frozen = frozen;
        if (phase.repeats() < 1) {
            throw new IllegalArgumentException("The phase \"" + phase.name() + "\" repeats " + phase.repeats()
                    + " times per iteration, but it must run at least once; check the family's repeats setting.");
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("The phase \"" + phase.name() + "\" updates the networks "
                    + phase.networks() + ", which have no parameters, so it would train nothing; the family must "
                    + "name the networks each phase trains.");
        }
        this.optimizer = OptimizerFactory.create(phase.name(), optimizerConfig, parameters);
        this.scheduler = new LearningRateScheduler(optimizer,
                ScheduleFactory.create(schedule, optimizerConfig.lr(), steps));
        this.clipNorm = optimizerConfig.clipNorm();
        if (!(clipNorm >= 0) || Double.isInfinite(clipNorm)) {
            throw new IllegalArgumentException("training.optimizers." + phase.name() + ".clipNorm is " + clipNorm
                    + ", but it must be a finite number, 0 for no clipping or above 0 for the largest norm.");
        }
        this.updatesAverage = average != null && average.isUpdatedBy(parameters);
    }

    /** The phase's name. */
    String name() {
        return phase.name();
    }

    /** The phase's optimiser. */
    Optimizer optimizer() {
        return optimizer;
    }

    /** Whether this phase's steps update the moving average. */
    boolean updatesAverage() {
        return updatesAverage;
    }

    /**
     * Runs the phase's repeats for iteration {@code iteration} (0 for the first).
     *
     * @param source  where the gradients come from, or null to compute them here
     * @param average the moving average to update after each step, or null
     */
    PhaseReport run(long iteration, BatchStream data, Rng noise, GradientSource source,
                    SampledNetworkAverage average) {
        int repeats = phase.repeats();
        double lossSum = 0;
        Map<String, Double> metricSums = new LinkedHashMap<>();
        double rate = 0;
        for (int r = 0; r < repeats; r++) {
            PhaseGradients gradients = source == null ? gradients(data.next(), noise)
                    : fill(source, new PhaseStep(iteration, r, phase.name(), optimizer.parameters(), data, noise));
            lossSum += gradients.loss();
            gradients.metrics().forEach((k, v) -> metricSums.merge(k, v, Double::sum));
            rate = applyStep(iteration, average);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metricSums.forEach((k, v) -> metrics.put(k, v / repeats));
        return new PhaseReport(lossSum / repeats, metrics, rate);
    }

    /**
     * The first half of a step: zero the phase's gradients, compute its loss on {@code batch} with the
     * other phases' parameters frozen, and backpropagate; the gradients are left in the parameters.
     */
    PhaseGradients gradients(Batch batch, Rng noise) {
        optimizer.zeroGrad();
        // Other phases' parameters need no gradient here: freezing them skips, for example,
        // the discriminator's weight gradients in the generator's backward pass.
        frozen.forEach(t -> t.requiresGrad(false));
        try {
            PhaseLoss result = phase.loss(batch, noise);
            double loss = result.loss().item();
            result.loss().backward();
            return new PhaseGradients(phase.name(), loss, result.metrics(), optimizer.parameters());
        } finally {
            frozen.forEach(t -> t.requiresGrad(true));
        }
    }

    private PhaseGradients fill(GradientSource source, PhaseStep step) {
        optimizer.zeroGrad();
        return source.fill(step);
    }

    /**
     * The second half of a step, on the gradients the parameters hold: clip, set the scheduled rate,
     * step the optimiser, call the phase's {@code afterStep}, update the moving average.
     *
     * @return the learning rate used
     */
    private double applyStep(long iteration, SampledNetworkAverage average) {
        if (clipNorm > 0) {
            GradientClipping.clipByGlobalNorm(optimizer.parameters(), clipNorm);
        }
        double rate = scheduler.apply(iteration);
        optimizer.step();
        phase.afterStep();
        if (updatesAverage) {
            average.update();
        }
        return rate;
    }
}
