package dev.gan4j.examples.compare;

import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.TrainingRun;
import java.util.List;

/**
 * Trains a run in memory until its config's steps are done or a wall-clock budget is spent,
 * whichever comes first: the same budget for families whose iterations cost very different
 * amounts (a Langevin step per negative makes an ebm iteration dozens of times dearer than a GAN's).
 * It trains in chunks of iterations and checks the clock between chunks, so it trains at least
 * one chunk and may overrun the budget by at most one.
 */
final class BudgetedTraining {
    /** Iterations between looks at the clock. */
    static final int CHUNK = 10;

    private final double budgetSeconds;

    /** @param budgetSeconds the most seconds of training, or infinity for the config's steps alone */
    BudgetedTraining(double budgetSeconds) {
        if (!(budgetSeconds > 0)) {
            throw new IllegalArgumentException("--seconds is " + budgetSeconds + ", but the training budget must be a"
                    + " positive number of seconds.");
        }
        this.budgetSeconds = budgetSeconds;
    }

    /** What training did: the trainer (ready to sample), its steps and its seconds. */
    record Result(AlternatingTrainer trainer, long steps, double seconds) {
    }

    /** Trains {@code run} with no listeners and no run directory. */
    Result train(TrainingRun run) {
        AlternatingTrainer trainer = run.trainer(null, List.of());
        long target = run.config().config().training().steps();
        long start = System.nanoTime();
        do {
            trainer.trainUntil(Math.min(target, trainer.step() + CHUNK));
        } while (trainer.step() < target && (System.nanoTime() - start) / 1e9 < budgetSeconds);
        return new Result(trainer, trainer.step(), (System.nanoTime() - start) / 1e9);
    }
}
