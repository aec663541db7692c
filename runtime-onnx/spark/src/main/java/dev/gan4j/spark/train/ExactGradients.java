package dev.gan4j.spark.train;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.GanSystem;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.GradientSource;
import dev.gan4j.core.train.NetworkTensors;
import dev.gan4j.core.train.PhaseGradients;
import dev.gan4j.core.train.PhaseStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The exact mode's gradients, on the driver: each phase step is one Spark job (a round) in which
 * every worker computes the phase's gradients on its slice of the one-machine batch
 * ({@link ExactTask}); the driver sorts the parts by partition and sums them in double precision in
 * that order, each weighted by its share of the batch (the losses are batch means, so the weighted
 * sum is the one-machine gradient up to float rounding), takes the buffers the forward passes
 * updated, and moves the run's data stream and noise generator on as one machine would. The trainer
 * then clips, schedules and steps exactly as for gradients it computed itself.
 */
final class ExactGradients implements GradientSource {
    private final JavaSparkContext context;
    private final GanSystem system;
    private final String canonicalConfig;
    private final String dataDirectory;
    private final int workers;
    private final TaskHook hook;
    private final Path roundsFile;
    private long rounds;

    /**
     * @param system     the driver's system, whose weights are broadcast and whose buffers are updated
     * @param roundsFile where each round's line is appended
     */
    ExactGradients(JavaSparkContext context, GanSystem system, String canonicalConfig, String dataDirectory,
                   int workers, TaskHook hook, Path roundsFile) {
        this.context = context;
        this.system = system;
        this.canonicalConfig = canonicalConfig;
        this.dataDirectory = dataDirectory;
        this.workers = workers;
        this.hook = hook;
        this.roundsFile = roundsFile;
    }

    /** The rounds (phase steps) run so far. */
    long rounds() {
        return rounds;
    }

    @Override
    public PhaseGradients fill(PhaseStep step) {
        long start = System.nanoTime();
        LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
        NetworkTensors.capture(system).forEach((name, tensor) -> tensors.put(name, tensor.data()));
        Broadcast<ExactState> broadcast = context.broadcast(
                new ExactState(step.iteration(), tensors, step.data().state(), step.noise().state()));
        long jobStart = System.nanoTime();
        List<ExactPart> parts = new ArrayList<>(context
                .parallelize(IntStream.range(0, workers).boxed().toList(), workers)
                .mapPartitionsWithIndex(new ExactTask(canonicalConfig, dataDirectory, broadcast, step.phase(), workers,
                        hook), false)
                .collect());
        long jobEnd = System.nanoTime();
        broadcast.destroy();
        parts.sort(Comparator.comparingInt(ExactPart::partition));
        String what = "step " + (step.iteration() + 1) + ", phase \"" + step.phase() + "\"";
        ExactPart first = parts.get(0);
        for (ExactPart part : parts) {
            if (!Arrays.equals(part.dataState(), first.dataState()) || part.noiseDraws() != first.noiseDraws()) {
                throw new IllegalStateException("Workers 0 and " + part.partition() + " left the data stream or the "
                        + "noise generator in different places in " + what + "; the phase draws its randomness in a way "
                        + "the exact mode cannot divide among workers, so train without --exact.");
            }
        }
        int examples = parts.stream().mapToInt(ExactPart::examples).sum();
        long gradientValues = 0;
        for (Parameter p : step.parameters()) {
            float[] sum = weightedSum(parts, examples, part -> part.gradients().get(p.name()), p.name(), what);
            if (sum != null) {
                p.tensor().setGrad(Tensor.of(sum, p.tensor().shape()));
                gradientValues += (long) sum.length * workers;
            }
        }
        adoptBuffers(parts, what);
        step.data().restore(first.dataState());
        step.noise().skip(first.noiseDraws());
        double loss = 0;
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (ExactPart part : parts) {
            double weight = (double) part.examples() / examples;
            loss += weight * part.loss();
            part.metrics().forEach((k, v) -> metrics.merge(k, weight * v, Double::sum));
        }
        rounds++;
        long end = System.nanoTime();
        long weightValues = tensors.values().stream().mapToLong(a -> a.length).sum();
        RoundLog.append(roundsFile, new RoundLog.ExactLine(rounds, step.iteration() + 1, step.phase(), step.repeat(),
                workers, 4 * weightValues, 4 * gradientValues, ms(start, jobStart), ms(jobStart, jobEnd),
                ms(jobEnd, end)));
        return new PhaseGradients(step.phase(), loss, metrics, step.parameters());
    }

    /** The parts' arrays weighted by their examples, added in partition order in double precision; null when none has one. */
    private static float[] weightedSum(List<ExactPart> parts, int examples,
                                       java.util.function.Function<ExactPart, float[]> values, String name,
                                       String what) {
        float[] firstValues = values.apply(parts.get(0));
        double[] sum = null;
        for (ExactPart part : parts) {
            float[] a = values.apply(part);
            if ((a == null) != (firstValues == null) || (a != null && a.length != firstValues.length)) {
                throw new IllegalStateException("Workers 0 and " + part.partition() + " returned different gradients "
                        + "for \"" + name + "\" in " + what + "; every worker must train the same system.");
            }
            if (a == null) {
                continue;
            }
            if (sum == null) {
                sum = new double[a.length];
            }
            double weight = (double) part.examples() / examples;
            for (int i = 0; i < a.length; i++) {
                sum[i] += weight * a[i];
            }
        }
        if (sum == null) {
            return null;
        }
        float[] out = new float[sum.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) sum[i];
        }
        return out;
    }

    /**
     * Takes the buffers the workers' forward passes updated (a spectral norm's power iteration): they
     * must agree, since a buffer that depends on the worker's slice (batch statistics, a pool of
     * samples) cannot be what one machine computes on the whole batch.
     */
    private void adoptBuffers(List<ExactPart> parts, String what) {
        ExactPart first = parts.get(0);
        for (ExactPart part : parts) {
            for (Map.Entry<String, float[]> e : first.buffers().entrySet()) {
                if (!Arrays.equals(e.getValue(), part.buffers().get(e.getKey()))) {
                    throw new IllegalStateException("The buffer \"" + e.getKey() + "\" differs between workers 0 and "
                            + part.partition() + " after " + what + ": it depends on each worker's slice of the "
                            + "batch (batch statistics, a pool of samples), so the step cannot be what one machine "
                            + "computes; train without --exact.");
                }
            }
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (Parameter p : NetworkTensors.named(system)) {
                float[] values = first.buffers().get(p.name());
                if (values != null) {
                    System.arraycopy(values, 0, p.tensor().data(), 0, values.length);
                }
            }
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
