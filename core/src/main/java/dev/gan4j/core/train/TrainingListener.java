package dev.gan4j.core.train;

import java.nio.file.Path;

/**
 * Watches a training run: progress output, metrics files, sample grids, guards. The
 * {@link AlternatingTrainer} calls every listener, in order, on one thread:
 * {@link #onStart} once, then per iteration {@link #onStepEnd}, then {@link #onSampleTime} on
 * sample steps, then {@link #onCheckpointWritten} on checkpoint steps; finally {@link #onEnd}, or
 * {@link #onFailure} when the run stops with an error.
 *
 * <p>A listener that throws stops the run: the trainer then calls {@link #onFailure} on every
 * listener and rethrows. That is how a guard stops training; a listener that only observes should
 * not throw. Listeners are created per run (they keep per-run state such as open files); every
 * method does nothing by default. In the CLI they are a Guice multibinding, so a listener class
 * needs a public no-argument constructor (or an injectable one) and takes what it needs about
 * the run from {@link TrainingStart}.
 */
public interface TrainingListener {
    /** Training starts (or resumes) at {@code start.startStep()}. */
    default void onStart(TrainingStart start) {
    }

    /** An iteration finished: every phase ran; {@code report} holds its losses and metrics. */
    default void onStepEnd(StepReport report) {
    }

    /** A sample step ({@code training.sampleEvery}, and the last step): draw samples through {@code request}. */
    default void onSampleTime(SampleRequest request) {
    }

    /** A checkpoint of step {@code step} was written to {@code file}. */
    default void onCheckpointWritten(long step, Path file) {
    }

    /** Training reached its target step {@code step} and stopped normally. */
    default void onEnd(long step) {
    }

    /**
     * Training stopped with {@code error} after {@code step} completed iterations; the trainer
     * rethrows it after every listener has been told. Listeners close their files here.
     */
    default void onFailure(long step, Throwable error) {
    }
}
