package dev.gan4j.core.train;

import java.nio.file.Path;
import java.util.Map;

/**
 * Stops a run as soon as a phase's loss or metric is NaN or infinite, with a message naming the
 * step, the phase, the figure, and the last good checkpoint to resume from. The trainer checkpoints
 * a step only after every listener has seen it, so the failing step is never checkpointed.
 */
public final class NonFiniteGuard implements TrainingListener {
    private Path lastGood;
    private boolean hasRunDirectory;

    /** A guard; it learns the run's checkpoints as they are written. */
    public NonFiniteGuard() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        lastGood = start.resumedFrom().orElse(null);
        hasRunDirectory = start.runDirectory().isPresent();
    }

    @Override
    public void onCheckpointWritten(long step, Path file) {
        lastGood = file;
    }

    @Override
    public void onStepEnd(StepReport report) {
        for (Map.Entry<String, PhaseReport> phase : report.phases().entrySet()) {
            check(report.step(), phase.getKey(), "loss", phase.getValue().loss());
            for (Map.Entry<String, Double> metric : phase.getValue().metrics().entrySet()) {
                check(report.step(), phase.getKey(), "metric \"" + metric.getKey() + "\"", metric.getValue());
            }
        }
    }

    private void check(long step, String phase, String figure, double value) {
        if (Double.isFinite(value)) {
            return;
        }
        String where;
        if (lastGood != null) {
            where = "The last good checkpoint is " + lastGood + "; `gan4j resume` continues from it, best with a "
                    + "lower learning rate or gradient clipping (training.optimizers.<phase>.clipNorm).";
        } else if (hasRunDirectory) {
            where = "No checkpoint was written before it; start again with a lower learning rate or gradient "
                    + "clipping (training.optimizers.<phase>.clipNorm).";
        } else {
            where = "The run has no run directory, so there is no checkpoint; start again with a lower learning "
                    + "rate or gradient clipping (training.optimizers.<phase>.clipNorm).";
        }
        throw new TrainingDivergedException(step, "Training stopped at step " + step + ": the " + figure
                + " of phase \"" + phase + "\" is " + value + ". " + where);
    }
}
