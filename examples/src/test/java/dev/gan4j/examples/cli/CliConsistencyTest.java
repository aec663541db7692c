package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.runWithEnvironment;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's conventions (issue 16 item 6): {@code --out} is always a file and
 * {@code --out-dir} always a directory, closed choices are enums checked by the parser, exclusive
 * options are an argument group, a failure is one sentence (naming the type of an unexpected one),
 * {@code --debug} and {@code GAN4J_DEBUG} show the cause chain, and wiring errors are not swallowed.
 */
class CliConsistencyTest {
    @TempDir
    Path temp;

    @Test
    void outNamesAFileAndOutDirADirectoryInEveryCommand() {
        CommandLine cli = Gan4jCommand.commandLine(Map.of());
        int outs = 0;
        for (CommandLine command : cli.getSubcommands().values()) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.hidden()) {
                    continue;
                }
                String label = option.paramLabel();
                if (option.longestName().equals("--out")) {
                    outs++;
                    assertThat(label).as(command.getCommandName() + " --out").contains("FILE").doesNotContain("DIR");
                }
                if (option.longestName().equals("--out-dir")) {
                    outs++;
                    assertThat(label).as(command.getCommandName() + " --out-dir").matches("DIR|RUN");
                }
            }
        }
        assertThat(outs).as("train, export and sample have an output option").isGreaterThanOrEqualTo(3);
    }

    @Test
    void oldTrainOutSpellingStillWorksWithAWarningNamingOutDir() throws Exception {
        Path config = writeConfig(temp, "tiny.json", ring8Config(2, 2, 1));
        CliResult result = run("train", config.toString(), "--out", temp.resolve("run").toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.err()).contains("warning").contains("--out-dir DIR");
        assertThat(temp.resolve("run").resolve("config.json")).exists();
    }

    @Test
    void unknownDeviceIsRefusedByTheParserListingTheChoices() {
        CliResult result = run("sample", temp.resolve("m.onnx").toString(), "--device", "gpu", "--out",
                temp.resolve("s.idx").toString());
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(2);
        assertThat(result.err()).contains("--device").contains("CPU").contains("CUDA").contains("AUTO").contains("gpu");
    }

    @Test
    void deviceNamesAreCaseInsensitive() {
        CliResult result = run("sample", temp.resolve("absent.onnx").toString(), "--device", "Cpu", "--out",
                temp.resolve("s.idx").toString());
        // the parser took "Cpu"; the failure is the missing model, one sentence
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(1);
        assertThat(result.err()).contains("absent.onnx");
    }

    @Test
    void unknownCheckpointChoiceIsRefusedByTheParserListingTheChoices() {
        CliResult result = run("eval", temp.toString(), "--checkpoint", "newest");
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(2);
        assertThat(result.err()).contains("--checkpoint").contains("LATEST").contains("BEST").contains("newest");
    }

    @Test
    void unknownReferenceIsRefusedListingTheChoices() {
        CliResult result = run("eval", temp.resolve("s.idx").toString(), "--reference", "validation");
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(2);
        assertThat(result.err()).contains("validation").contains("test, train, ring8, grid25").contains("FILE.idx");
    }

    @Test
    void labelAndTextTogetherAreRefusedByTheParser() {
        CliResult result = run("sample", temp.toString(), "--label", "1", "--text", "a shoe", "--out",
                temp.resolve("s.idx").toString());
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(2);
        assertThat(result.err()).contains("--label").contains("--text").contains("mutually exclusive");
    }

    @Test
    void unexpectedExceptionIsReportedAsASentenceNamingItsType() {
        CommandLine cli = Gan4jCommand.commandLine(Map.of());
        cli.addSubcommand("explode", new Failing(new NullPointerException()));
        CliResult result = InProcessCli.run(cli, "explode");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("gan4j: ").endsWith(".")
                .contains("unexpected java.lang.NullPointerException").contains("--debug").doesNotContain("null.")
                .doesNotContain("\tat ");
    }

    @Test
    void debugOptionPrintsTheCauseChain() {
        CommandLine cli = Gan4jCommand.commandLine(Map.of());
        cli.addSubcommand("explode", new Failing(new IllegalStateException("The outer failure.",
                new ArithmeticException("the inner cause"))));
        CliResult result = InProcessCli.run(cli, "explode", "--debug");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("gan4j: The outer failure.").contains("Caused by: java.lang.ArithmeticException: the inner cause")
                .contains("\tat ");
    }

    @Test
    void debugEnvironmentVariablePrintsTheCauseChainOfARealFailure() throws Exception {
        Path notJson = Files.writeString(temp.resolve("broken.json"), "{\"family\": ");
        CliResult plain = run("train", notJson.toString(), "--out-dir", temp.resolve("a").toString());
        CliResult debugged = runWithEnvironment(Map.of("GAN4J_DEBUG", "1"), "train", notJson.toString(), "--out-dir",
                temp.resolve("b").toString());
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).doesNotContain("\tat ");
        assertThat(debugged.exitCode()).isEqualTo(1);
        assertThat(debugged.err()).startsWith(plain.err().strip()).contains("\tat ").contains("ConfigException");
    }

    @Test
    void debugVariableSetToZeroOrFalseIsOff() {
        assertThat(FailureReport.debugRequested("0")).isFalse();
        assertThat(FailureReport.debugRequested("false")).isFalse();
        assertThat(FailureReport.debugRequested("")).isFalse();
        assertThat(FailureReport.debugRequested(null)).isFalse();
        assertThat(FailureReport.debugRequested("1")).isTrue();
        assertThat(FailureReport.debugRequested("yes")).isTrue();
    }

    @Test
    void outOfMemoryErrorIsReportedAsASentenceWithTheHeapAndHowToRaiseIt() {
        CommandLine cli = Gan4jCommand.commandLine(Map.of());
        cli.addSubcommand("swell", new Failing(new OutOfMemoryError("Java heap space")));
        CliResult result = InProcessCli.run(cli, "swell");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("gan4j: The JVM ran out of memory during `gan4j failing`")
                .contains("maximum heap").contains("GAN4J_JAVA_OPTS=-Xmx").endsWith(".").doesNotContain("\tat ");
    }

    @Test
    void wiringErrorNamesTheCommandInsteadOfBeingSwallowed() {
        GuiceCommandFactory factory = new GuiceCommandFactory(Guice.createInjector());
        assertThatThrownBy(() -> factory.create(FamiliesCommand.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not wire dev.gan4j.examples.cli.FamiliesCommand")
                .hasMessageContaining("GanFamily")
                .hasMessageContaining("gan4j families");
    }

    @Test
    void classesWithoutAnInjectConstructorArePicocliCreated() throws Exception {
        GuiceCommandFactory factory = new GuiceCommandFactory(Guice.createInjector());
        assertThat(factory.create(ConditionOptions.class)).isNotNull();
        assertThat(factory.create(RunOptions.class)).isNotNull();
    }

    @Test
    void startUpFailureIsASentenceAndDebugShowsItsCause() {
        java.util.function.Function<Map<String, String>, CommandLine> broken = environment -> {
            throw new CommandLine.InitializationException("Could not instantiate class X",
                    new IllegalStateException("gan4j could not wire X: no implementation of Y was bound.",
                            new IllegalArgumentException("the binding")));
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Gan4jCommand.run(new String[] {"families"}, Map.of(), new java.io.PrintWriter(err, true), broken);
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("gan4j: gan4j could not wire X: no implementation of Y was bound.");
        java.io.StringWriter debugged = new java.io.StringWriter();
        Gan4jCommand.run(new String[] {"families", "--debug"}, Map.of(), new java.io.PrintWriter(debugged, true), broken);
        assertThat(debugged.toString()).contains("Caused by: java.lang.IllegalArgumentException: the binding");
    }

    @Test
    void conditionalAccuracyIsASubcommandThatRefusesAnUnconditionalRun() throws Exception {
        Path config = writeConfig(temp, "tiny.json", ring8Config(2, 2, 1));
        Path runDir = temp.resolve("run");
        assertThat(run("train", config.toString(), "--out-dir", runDir.toString()).exitCode()).isZero();
        CliResult zero = run("conditional-accuracy", runDir.toString(), "--per-class", "0");
        assertThat(zero.exitCode()).isEqualTo(1);
        assertThat(zero.err()).contains("--per-class must be 1 or more");
        CliResult result = run("conditional-accuracy", runDir.toString(), "--per-class", "3");
        assertThat(result.exitCode()).as(result.transcript()).isEqualTo(1);
        assertThat(result.err()).contains("family gan").contains("conditional runs (cgan)");
    }

    /** A command that throws what it is given, to see how the command line reports it. */
    @CommandLine.Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }
}
