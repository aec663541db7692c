package dev.gan4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gan4j} command line. Each sub-command is its own class; this one only wires them.
 */
@Command(name = "gan4j", mixinStandardHelpOptions = true, versionProvider = Gan4jVersion.class,
        description = "Train generative adversarial networks on the JVM and ship them as ONNX models.",
        subcommands = {BenchCommand.class, CommandLine.HelpCommand.class})
public final class Gan4jCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line (used by tests to run commands in-process). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Gan4jCommand());
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
