package dev.gan4j.examples.compare;

import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.TrainingRun;
import java.util.List;

/**
 * Trains a run in memory until its config's steps are done or a time budget is spent, whichever
 * comes first: the same budget for families whose iterations cost very different amounts (a
 * Langevin step per negative makes an ebm iteration dozens of times dearer than a GAN's). The
 * budget is wall-clock seconds, or CPU seconds of the training thread (equal work for every family
 * on a machine whose load changes, with {@code GAN4J_THREADS=1}). It trains in chunks of iterations
 * and checks the clock between chunks, so it trains at least one chunk and may overrun the budget
 * by at most one.
 */
final class BudgetedTraining {
    /** Iterations between looks at the clock. */
    static final int CHUNK = 10;

    private final double budgetSeconds;
    private final boolean cpuTime;

    /**
     * @param budgetSeconds the most seconds of training, or infinity for the config's steps alone
     * @param cpuTime       whether the budget counts the training thread's CPU seconds rather than wall-clock ones
     */
    BudgetedTraining(double budgetSeconds, boolean cpuTime) {
        if (!(budgetSeconds > 0)) {
            throw new IllegalArgumentException((cpuTime ? "--cpu-seconds" : "--seconds") + " is " + budgetSeconds
                    + ", but the training budget must be a positive number of seconds.");
        }
        this.budgetSeconds = budgetSeconds;
        this.cpuTime = cpuTime;
    }

    /** What training did: the trainer (ready to sample), its steps, its wall-clock and its CPU seconds. */
    record Result(AlternatingTrainer trainer, long steps, double seconds, double cpuSeconds) {
    }

    /** Trains {@code run} with no listeners and no run directory. */
    Result train(TrainingRun run) {
        AlternatingTrainer trainer = run.trainer(null, List.of());
        long target = run.config().config().training().steps();
        Stopwatch clock = Stopwatch.start();
        do {
            trainer.trainUntil(Math.min(target, trainer.step() + CHUNK));
        } while (trainer.step() < target && (cpuTime ? clock.cpuSeconds() : clock.wallSeconds()) < budgetSeconds);
        return new Result(trainer, trainer.step(), clock.wallSeconds(), clock.cpuSeconds());
    }
}
