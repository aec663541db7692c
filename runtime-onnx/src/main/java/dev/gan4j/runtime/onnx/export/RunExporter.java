package dev.gan4j.runtime.onnx.export;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exports every {@link ExportablePart} of a trained run as {@code <part>.onnx}: the run's system is
 * rebuilt from its config, its latest checkpoint loaded (with the averaged weights of the sampled
 * network when the run kept an EMA, exactly as {@code gan4j sample} uses them), and each part
 * written in evaluation mode with the checkpoint's provenance and the run's config.
 */
public final class RunExporter {
    private final Map<String, GanFamily> families;
    private final ConfigLoader configs;
    private final DataContext data;
    private final OnnxExporter exporter;

    /**
     * @param families the installed families by id
     * @param configs  the config loader that knows their configs
     * @param data     where the run's dataset is looked for (its shape sizes the networks)
     * @param exporter the exporter, with the layer writers to use
     */
    public RunExporter(Map<String, GanFamily> families, ConfigLoader configs, DataContext data, OnnxExporter exporter) {
        this.families = families;
        this.configs = configs;
        this.data = data;
        this.exporter = exporter;
    }

    /** One exported part: its file, the checkpoint step, whether averaged weights went in, and the part itself. */
    public record ExportedModel(ExportablePart part, Path file, long step, boolean averaged) {
    }

    /**
     * Exports the parts of the run in {@code runDirectory} into {@code outDirectory}.
     *
     * @throws IOException              naming the directory when it is not a run directory
     * @throws IllegalStateException    when the run has no checkpoint yet, or its system exports nothing
     */
    public List<ExportedModel> export(Path runDirectory, Path outDirectory) throws IOException {
        RunDirectory directory = RunDirectory.open(runDirectory);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        Checkpoint checkpoint = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                "The run " + runDirectory + " has no checkpoint yet, so there are no trained weights to export; train it"
                        + " first (gan4j train) or wait for its first checkpoint."));
        TrainingRun run = TrainingRun.prepareForSampling(resolved, families, data);
        TrainedSampler.fromCheckpoint(run.system(), checkpoint);
        List<ExportablePart> parts = run.system().exportableParts();
        if (parts.isEmpty()) {
            throw new IllegalStateException("The family " + resolved.familyId() + " has nothing to export as ONNX:"
                    + " its system lists no exportable parts.");
        }
        ExportMetadata metadata = ExportMetadata.of(provenance(checkpoint, resolved, run), resolved.prettyJson());
        List<ExportedModel> written = new ArrayList<>();
        for (ExportablePart part : parts) {
            part.network().train(false);
            Path file = exporter.write(part, metadata, outDirectory.resolve(part.name() + ".onnx"));
            written.add(new ExportedModel(part, file, checkpoint.step(), checkpoint.hasAverage()));
        }
        return written;
    }

    /** The provenance the checkpoint recorded, or (for a checkpoint without one) the run's at the checkpoint's step. */
    private static RunProvenance provenance(Checkpoint checkpoint, ResolvedConfig resolved, TrainingRun run) {
        if (!checkpoint.provenance().isBlank()) {
            return new RunProvenanceJson().fromJson(checkpoint.provenance());
        }
        return RunProvenance.of(resolved, run.dataset().description(), run.dataset().files(), checkpoint.step());
    }
}
