package dev.gan4j.core.train;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.TrainingConfig;
import java.util.HashSet;
import java.util.List;

/**
 * Checks, before anything is restored, that a checkpoint belongs to this run: the same config,
 * a step within the run, the same phases, a moving average exactly when the run keeps one, and
 * the noise generator's state. Tensor names and shapes are checked by {@link NetworkTensors}.
 */
final class CheckpointFit {
    /** The name of the training-noise generator's state in a checkpoint. */
    static final String NOISE = "noise";

    private CheckpointFit() {
    }

    /**
     * Fails with a sentence naming what differs.
     *
     * @param source       what the checkpoint is, for messages
     * @param config       the run's canonical config, or "" when unknown (then not compared)
     * @param phaseNames   the system's phases
     * @param keepsAverage whether the run keeps a moving average
     */
    static void require(Checkpoint checkpoint, String source, String config, TrainingConfig training,
                        List<String> phaseNames, boolean keepsAverage) {
        String saved = checkpoint.config().strip();
        if (!config.isEmpty() && !saved.isEmpty() && !config.strip().equals(saved)) {
            throw new IllegalArgumentException(source + " was written under a different config ("
                    + RunDirectory.firstDifference(saved, config.strip()).replace("the directory's", "the checkpoint's")
                    + "); resume with the config it was written under, or start a new run.");
        }
        if (checkpoint.step() > training.steps()) {
            throw new IllegalArgumentException(source + " is of step " + checkpoint.step() + ", beyond "
                    + "training.steps (" + training.steps() + ").");
        }
        if (!new HashSet<>(phaseNames).equals(checkpoint.optimizerStates().keySet())) {
            throw new IllegalArgumentException(source + " holds optimiser states for the phases "
                    + checkpoint.optimizerStates().keySet() + ", but this system's phases are " + phaseNames + ".");
        }
        if (keepsAverage != checkpoint.hasAverage()) {
            throw new IllegalArgumentException(source + (keepsAverage ? " has no" : " has a") + " moving average of "
                    + "the sampled network, but this run " + (keepsAverage ? "keeps one" : "keeps none") + " (training"
                    + ".emaDecay is " + training.emaDecay() + ").");
        }
        if (!checkpoint.randomStates().containsKey(NOISE)) {
            throw new IllegalArgumentException(source + " has no state for the \"" + NOISE + "\" generator; its "
                    + "generators are " + checkpoint.randomStates().keySet() + ".");
        }
    }
}
