package dev.gan4j.examples.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.inject.Gan4jCoreModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gan4j} command line. Each sub-command is its own class; this one only wires them.
 */
@Command(name = "gan4j", mixinStandardHelpOptions = true, versionProvider = Gan4jVersion.class,
        description = "Train generative adversarial networks on the JVM and ship them as ONNX models.",
        subcommands = {FamiliesCommand.class, TrainCommand.class, ResumeCommand.class, SampleCommand.class,
            BenchCommand.class, ExportCommand.class, EvalCommand.class, TranslateCommand.class, CommandLine.HelpCommand.class})
public final class Gan4jCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line (used by tests to run commands in-process). */
    public static CommandLine commandLine() {
        Injector injector = Guice.createInjector(new Gan4jCoreModule(FamilyDiscovery.scanClasspath()));
        CommandLine cli = new CommandLine(Gan4jCommand.class, new GuiceCommandFactory(injector));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gan4j: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
