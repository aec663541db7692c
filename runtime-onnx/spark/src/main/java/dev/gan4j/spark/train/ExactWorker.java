package dev.gan4j.spark.train;

import dev.gan4j.core.data.BatchStream;
import dev.gan4j.core.nn.Parameter;
import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.NetworkTensors;
import dev.gan4j.core.train.PhaseGradients;
import dev.gan4j.core.train.TrainingRun;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A worker of the exact mode, prepared once per executor and reused across steps: the run's system
 * and its whole dataset, with a batch stream of the one-machine batch size. For each step it takes the
 * broadcast weights, regenerates the one-machine batch from the broadcast stream position, computes the
 * phase's gradients on its slice of it with its share of the one-machine noise ({@link Rng#share}),
 * and returns them with its buffers and where the stream and the noise end.
 */
final class ExactWorker {
    private final TrainingRun run;
    private final AlternatingTrainer trainer;
    private final BatchStream stream;
    private final List<Parameter> tensors;
    private final Set<String> buffers = new HashSet<>();

    /** Prepares a worker for {@code run}, whose dataset is the whole training set. */
    ExactWorker(TrainingRun run) {
        this.run = run;
        this.trainer = run.trainer(null, List.of());
        this.stream = run.dataset().batches(run.config().config().training().batchSize(), run.seeds().dataOrder());
        this.tensors = NetworkTensors.named(run.system());
        Set<String> parameters = new HashSet<>();
        SystemParameters.all(run.system()).forEach(p -> parameters.add(p.name()));
        tensors.stream().map(Parameter::name).filter(n -> !parameters.contains(n)).forEach(buffers::add);
    }

    /**
     * Worker {@code partition}'s part of one step of {@code phase} of {@code workers} workers.
     *
     * @throws IllegalArgumentException when the batch cannot be divided into equal slices
     */
    ExactPart compute(ExactState state, String phase, int partition, int workers) {
        Map<String, Tensor> weights = new LinkedHashMap<>();
        for (Parameter p : tensors) {
            float[] values = state.tensors().get(p.name());
            if (values != null) {
                weights.put(p.name(), Tensor.of(values, p.tensor().shape()));
            }
        }
        NetworkTensors.restore(run.system(), weights, "The broadcast weights of iteration " + state.iteration());
        stream.restore(state.dataState());
        Batch whole = stream.next();
        if (whole.size() % workers != 0) {
            throw new IllegalArgumentException("The batch of " + whole.size() + " examples cannot be divided among "
                    + workers + " workers in equal slices, which the exact mode needs; give a training.batchSize "
                    + "that is a multiple of --workers.");
        }
        int slice = whole.size() / workers;
        Rng noise = Rng.fromState(state.noiseState()).share(partition, workers);
        PhaseGradients gradients = trainer.gradients(phase,
                BatchSlice.of(whole, partition * slice, (partition + 1) * slice), noise);
        LinkedHashMap<String, float[]> grads = new LinkedHashMap<>();
        for (Parameter p : gradients.parameters()) {
            if (p.tensor().grad() != null) {
                grads.put(p.name(), p.tensor().grad().toArray());
            }
        }
        LinkedHashMap<String, float[]> bufferValues = new LinkedHashMap<>();
        for (Parameter p : tensors) {
            if (buffers.contains(p.name())) {
                bufferValues.put(p.name(), p.tensor().toArray());
            }
        }
        return new ExactPart(partition, slice, gradients.loss(), new LinkedHashMap<>(gradients.metrics()), grads,
                bufferValues, stream.state(), noise.shareDraws());
    }
}
