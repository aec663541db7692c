package dev.gan4j.examples.cli;

import dev.gan4j.core.data.DatasetFetcher;
import dev.gan4j.core.data.FashionMnistSources;
import dev.gan4j.core.data.Gan4jHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan4j data fetch NAME}: datasets kept in gan4j's home. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Datasets kept in $GAN4J_HOME/data.",
        subcommands = DataCommand.Fetch.class)
public final class DataCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code gan4j data fetch fashion-mnist}: downloads the dataset's files (from
     * {@code $GAN4J_FASHION_MNIST_URL}, else the official location, else the Debian package),
     * verifies each by the SHA-256 of its decompressed content and stores it in
     * {@code $GAN4J_HOME/data/fashion-mnist}, where training finds it.
     */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Download and verify a dataset into $GAN4J_HOME/data (mirror: $"
                    + FashionMnistSources.URL_ENVIRONMENT_VARIABLE + ").")
    static final class Fetch implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The dataset: " + FashionMnistSources.NAME + ".")
        private String name;

        @Override
        public Integer call() throws Exception {
            if (!FashionMnistSources.NAME.equals(name)) {
                throw new ParameterException(spec.commandLine(), "There is no dataset \"" + name + "\" to fetch; "
                        + "known datasets: " + FashionMnistSources.NAME + ".");
            }
            Map<String, String> environment = System.getenv();
            DatasetFetcher fetcher = FashionMnistSources.fetcher(environment);
            Path directory = fetcher.fetch(Gan4jHome.dataDirectory(environment));
            spec.commandLine().getOut().println("Fashion-MNIST is in " + directory + " ("
                    + FashionMnistSources.FILES.size() + " files, each verified by the SHA-256 of its content).");
            return 0;
        }
    }
}
