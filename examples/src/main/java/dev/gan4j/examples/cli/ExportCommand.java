package dev.gan4j.examples.cli;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.runtime.onnx.export.ModelMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import dev.gan4j.runtime.onnx.export.RunExporter;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import dev.gan4j.runtime.onnx.inference.ParityReport;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j export RUN --out-dir DIR}: writes each exportable network of a trained run as
 * {@code DIR/<part>.onnx} ({@code generator.onnx}), from its latest checkpoint with the EMA weights
 * when the run kept them, then runs each model once in ONNX Runtime and checks it against the JVM.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a trained run's generator (and any other exportable part) as ONNX models with metadata.")
public final class ExportCommand implements Callable<Integer> {
    /** The parity every export must reach, relative. */
    static final double TOLERANCE = 1e-4;
    private static final int CHECK_BATCH = 3;

    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory written by gan4j train.")
    private Path run;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Directory for the .onnx files (required).")
    private Path out;

    @Mixin
    private DeprecatedOutDirectory deprecatedOut;

    @Option(names = "--skip-check", description = "Do not compare the exported models with the JVM forward pass.")
    private boolean skipCheck;

    @Mixin
    private RunOptions runOptions;

    @Inject
    ExportCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        Path directory = deprecatedOut.resolve(out, spec).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Missing required option: '--out-dir=DIR', the directory for the .onnx files."));
        PrintWriter stdout = spec.commandLine().getOut();
        RunExporter exporter = new RunExporter(families, configs, runOptions.dataContext(), new OnnxExporter());
        boolean allMatch = true;
        for (RunExporter.ExportedModel exported : exporter.export(run, directory)) {
            stdout.println("Wrote " + exported.file() + " (" + exported.part().name() + " at step " + exported.step()
                    + (exported.averaged() ? ", EMA weights" : "") + ")");
            for (ExportedTensor input : exported.part().inputs()) {
                stdout.println("  input  " + input.name() + " " + ModelMetadata.line(input));
            }
            ExportedTensor output = exported.part().output();
            stdout.println("  output " + output.name() + " " + ModelMetadata.line(output));
            if (!skipCheck && exported.part().inputs().stream()
                    .allMatch(t -> t.elementType() == ExportedTensor.ElementType.FLOAT32)) {
                try (OnnxGenerator model = OnnxGenerator.open(exported.file())) {
                    ParityReport report = ExportParity.compare(exported.part(), model, CHECK_BATCH, new Rng(0));
                    stdout.println("  ONNX Runtime vs JVM: " + report);
                    allMatch &= report.within(TOLERANCE);
                }
            }
        }
        if (!allMatch) {
            spec.commandLine().getErr().println("gan4j: an exported model differs from the JVM by more than "
                    + TOLERANCE + " (relative); a layer writer is wrong, please report it with the run's config.");
            return 1;
        }
        return 0;
    }
}
