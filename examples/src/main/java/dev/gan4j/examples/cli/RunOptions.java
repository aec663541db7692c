package dev.gan4j.examples.cli;

import dev.gan4j.core.data.DataContext;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that open a run's data. */
final class RunOptions {
    @Option(names = "--data", description = "Directory with the dataset files (else $GAN4J_DATA, then the system location).")
    Path dataDirectory;

    @Option(names = "--offline", description = "Never download a missing dataset (else it is fetched into $GAN4J_HOME/data on first use).")
    boolean offline;

    DataContext dataContext() {
        DataContext context = DataContext.standard(dataDirectory);
        return offline ? context.offline() : context;
    }
}
