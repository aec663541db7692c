package dev.gan4j.examples.compare;

import dev.gan4j.core.eval.EvaluationResult;

/**
 * One family's line of a comparison: how long it trained, how fast it samples, how good the samples
 * are, and a picture of them.
 *
 * @param label                   the config's name ({@code ebm-ring8})
 * @param family                  the family id
 * @param steps                   the training iterations it got within the budget
 * @param trainingSeconds         wall-clock seconds of training
 * @param trainingCpuSeconds      CPU seconds of the training thread
 * @param samplingSecondsPer1000  wall-clock seconds to draw 1,000 samples (measured on the evaluated samples)
 * @param samplingCpuSecondsPer1000 CPU seconds of the sampling thread per 1,000 samples
 * @param evaluation              the figures of the evaluated samples
 * @param picture                 a PNG: a grid of images, or a scatter plot of 2-D points over real ones
 */
public record ComparedFamily(String label, String family, long steps, double trainingSeconds,
                             double trainingCpuSeconds, double samplingSecondsPer1000, double samplingCpuSecondsPer1000,
                             EvaluationResult evaluation, byte[] picture) {
}
