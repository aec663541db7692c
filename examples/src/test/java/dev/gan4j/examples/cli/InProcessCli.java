package dev.gan4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code gan4j} commands in this JVM through {@link Gan4jCommand#commandLine()}, capturing what they write. */
final class InProcessCli {
    private InProcessCli() {
    }

    /** Runs one command line. */
    static CliResult run(String... args) {
        return run(Gan4jCommand.commandLine(Map.of()), args);
    }

    /** Runs one command line with {@code environment} as the environment gan4j reads its settings from. */
    static CliResult runWithEnvironment(Map<String, String> environment, String... args) {
        return run(Gan4jCommand.commandLine(environment), args);
    }

    /** Runs one command line on {@code cli}, a {@link Gan4jCommand#commandLine()} a test may have added to. */
    static CliResult run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliResult(code, out.toString(), err.toString());
    }

    /**
     * A tiny run config: the gan family with 16-wide mlp networks on ring8, 32 examples a batch.
     *
     * @param steps           training.steps
     * @param checkpointEvery training.checkpointEvery
     * @param seed            training.seed
     */
    static String ring8Config(int steps, int checkpointEvery, long seed) {
        return """
                {"family": {"type": "gan", "latentSize": 2,
                            "network": {"type": "mlp", "hiddenSizes": [16, 16], "generatorOutput": "linear"}},
                 "data": {"type": "ring8"},
                 "training": {"steps": %d, "batchSize": 32, "seed": %d, "logEvery": %d, "sampleEvery": %d,
                              "checkpointEvery": %d}}
                """.formatted(steps, seed, steps, steps, checkpointEvery);
    }

    /** Writes {@code json} to {@code name} in {@code directory}. */
    static Path writeConfig(Path directory, String name, String json) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, json);
        return file;
    }
}
