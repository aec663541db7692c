package dev.gan4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.eval.LatentAlignment;
import dev.gan4j.core.eval.SampleFile;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.spi.LatentSpaceSystem;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.RunDirectory;
import dev.gan4j.core.train.TrainedSampler;
import dev.gan4j.core.train.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j alignment RUN --in A=a.idx --in B=b.idx}: how well a latent translation run's
 * domains line up in its latent space ({@link LatentAlignment}: a linear probe's accuracy at
 * telling one domain's codes from another's, 0.5 = aligned, and the Fréchet distance between the
 * code sets). Each image file is encoded by its domain's encoder (the code's mean); one JSON line
 * per pair of the domains given.
 */
@Command(name = "alignment", mixinStandardHelpOptions = true,
        description = "Measure how well a latent translation run's domains line up in its latent space (linear probe"
            + " accuracy, 0.5 = aligned; Fréchet distance of the codes); one JSON line per pair of domains.")
public final class AlignmentCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory of unit, vaegan-pair, latent-domain, "
            + "cogan or combogan.")
    private Path run;

    @Option(names = "--in", required = true, paramLabel = "DOMAIN=FILE.idx",
            description = "Images of a domain (uint8, or float32 in [-1, 1]); give two or more domains.")
    private Map<String, Path> inputs = new LinkedHashMap<>();

    @Option(names = "--n", description = "Images to take from each file (default: all).")
    private Integer count;

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of the random projection of long codes (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private RunOptions runOptions;

    @Inject
    AlignmentCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        if (inputs.size() < 2) {
            throw new IllegalArgumentException("--in must name at least two domains (--in A=a.idx --in B=b.idx), but "
                    + "named " + inputs.keySet() + ".");
        }
        if (count != null && count < 4) {
            throw new IllegalArgumentException("--n must be 4 or more (half the codes train the probe, half test it), "
                    + "but was " + count + ".");
        }
        RunDirectory directory = RunDirectory.open(run);
        ResolvedConfig resolved = configs.parse(directory.config(), directory.configFile().toString(),
                ConfigOverrides.none());
        Checkpoint checkpoint = directory.checkpoints().readLatest().orElseThrow(() -> new IllegalStateException(
                "The run " + run + " has no checkpoint yet; train it first (gan4j train)."));
        TrainingRun prepared = TrainingRun.prepare(resolved, families, runOptions.dataContext());
        if (!(prepared.system() instanceof LatentSpaceSystem system)) {
            throw new IllegalArgumentException("The run " + run + " is a " + resolved.familyId() + " run, which has no "
                    + "latent codes per domain; latent alignment applies to unit, vaegan-pair, latent-domain, cogan "
                    + "and combogan runs.");
        }
        TrainedSampler.fromCheckpoint(system, checkpoint);
        for (String domain : inputs.keySet()) {
            if (!system.domains().contains(domain)) {
                throw new IllegalArgumentException("--in names the domain \"" + domain + "\", but the run " + run
                        + " has the domains " + system.domains() + ".");
            }
        }
        Map<String, Tensor> codes = new LinkedHashMap<>();
        for (Map.Entry<String, Path> in : inputs.entrySet()) {
            Tensor images = SampleFile.read(in.getValue(), "the images of domain " + in.getKey());
            if (count != null && count < images.dim(0)) {
                images = images.slice(0, 0, count);
            }
            codes.put(in.getKey(), encode(system, in.getKey(), images));
        }
        List<String> domains = new ArrayList<>(codes.keySet());
        for (int i = 0; i < domains.size(); i++) {
            for (int j = i + 1; j < domains.size(); j++) {
                LatentAlignment alignment = LatentAlignment.between(codes.get(domains.get(i)),
                        codes.get(domains.get(j)), seed);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("run", run.toString());
                line.put("family", resolved.familyId());
                line.put("step", checkpoint.step());
                line.put("domains", List.of(domains.get(i), domains.get(j)));
                line.putAll(alignment.toMap());
                spec.commandLine().getOut().println(JSON.writeValueAsString(line));
            }
        }
        return 0;
    }

    /** The codes of {@code images}, {@link TrainedSampler#BATCH} at a time. */
    private static Tensor encode(LatentSpaceSystem system, String domain, Tensor images) {
        List<Tensor> parts = new ArrayList<>();
        int n = images.dim(0);
        for (int start = 0; start < n; start += TrainedSampler.BATCH) {
            parts.add(system.encode(domain, images.slice(0, start, Math.min(n, start + TrainedSampler.BATCH))));
        }
        return parts.size() == 1 ? parts.get(0) : Tensor.concat(0, parts);
    }
}
