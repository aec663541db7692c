package dev.gan4j.examples.cli;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.models.gan.LangevinSampled;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;

/**
 * The sample options of a discriminator-only ({@code ebm}) run: {@code --langevin-steps N} (how many
 * Langevin steps the chains take) and {@code --from-buffer} (start from the run's replay buffer of
 * training negatives instead of fresh noise). The sampler runs in the JVM only; an exported
 * {@code score.onnx} is the score network, not a sampler.
 */
final class LangevinSampling {
    private LangevinSampling() {
    }

    /**
     * {@code n} samples from {@code system} with the given options.
     *
     * @param steps the number of Langevin steps, or null for the run's configured {@code sampleSteps}
     * @throws IllegalArgumentException naming the options when the run's family does not sample by Langevin dynamics
     */
    static Tensor sample(GanSystem system, String family, int n, Rng rng, Integer steps, boolean fromBuffer) {
        if (!(system instanceof LangevinSampled langevin)) {
            throw new IllegalArgumentException("--langevin-steps and --from-buffer apply to runs whose samples come from"
                    + " Langevin dynamics on a score network (family ebm), but this run is of the family " + family
                    + "; leave them out.");
        }
        return langevin.sample(n, rng, steps == null ? langevin.sampleSteps() : steps, fromBuffer);
    }

    /**
     * Fails with the reason when an exported model cannot give what was asked: the Langevin options
     * need a run directory, and a model whose output is not {@code sample} (an ebm's score.onnx) is
     * no sampler.
     */
    static void requireSampler(OnnxGenerator model, boolean langevinOptions) {
        String advice = "An ebm run exports its score network (score.onnx) only: its Langevin sampler runs in the JVM,"
                + " so sample the run directory instead (gan4j sample RUN).";
        if (langevinOptions) {
            throw new IllegalArgumentException("--langevin-steps and --from-buffer need a run directory, but "
                    + model.file() + " is an exported model. " + advice);
        }
        String output = model.output().name();
        if (!output.equals(ExportablePart.SAMPLE)) {
            throw new IllegalArgumentException("The model " + model.file() + " outputs '" + output + "', not '"
                    + ExportablePart.SAMPLE + "', so it is no sampler. " + advice);
        }
    }
}
