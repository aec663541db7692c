package dev.gan4j.examples.cli;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.report.RunComparison;
import dev.gan4j.core.report.RunReport;
import dev.gan4j.core.report.RunState;
import dev.gan4j.core.train.RunDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j report RUN [--out FILE]} writes a run's dashboard (by default its own
 * {@code report.html}); {@code gan4j report RUN1 RUN2 ... --out compare.html} puts several runs on
 * one page: their curves overlaid and their final metrics in one table.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a run's dashboard, or compare several runs on one page.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run directories.")
    private List<Path> runs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE",
            description = "The HTML file to write (default: RUN/report.html for one run, compare.html for several).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        List<RunDirectory> directories = new ArrayList<>();
        for (Path run : runs) {
            directories.add(RunDirectory.open(run));
        }
        Path file;
        if (directories.size() == 1) {
            RunDirectory run = directories.get(0);
            file = out != null ? out : run.reportFile();
            String provenance = run.checkpoints().readLatest().map(Checkpoint::provenance).orElse(null);
            RunReport.write(run, provenance, RunState.SNAPSHOT, file);
        } else {
            file = out != null ? out : Path.of("compare.html");
            RunComparison.write(directories, file);
        }
        spec.commandLine().getOut().println("Wrote " + file.toAbsolutePath().normalize()
                + (directories.size() == 1 ? "" : " (" + directories.size() + " runs)"));
        return 0;
    }
}
