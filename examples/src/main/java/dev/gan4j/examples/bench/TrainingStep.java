package dev.gan4j.examples.bench;

/**
 * One benchmark model, built and ready to train: each call of {@link #run} is one training
 * iteration of the matching PyTorch script, on the kernel backend installed on the calling thread.
 */
public interface TrainingStep {
    /** Runs one training iteration. */
    void run();
}
