package dev.gan4j.examples.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.inject.Gan4jCoreModule;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gan4j} command line. Each sub-command is its own class; this one only wires them and
 * turns what a command throws into the one sentence the user reads ({@link FailureReport}).
 */
@Command(name = "gan4j", mixinStandardHelpOptions = true, versionProvider = Gan4jVersion.class,
        description = "Train generative adversarial networks on the JVM and ship them as ONNX models.",
        subcommands = {FamiliesCommand.class, TrainCommand.class, ResumeCommand.class, SampleCommand.class,
            BenchCommand.class, ExportCommand.class, EvalCommand.class, ReportCommand.class, DataCommand.class,
            ConditionalAccuracyCommand.class, CompareCommand.class, TranslateCommand.class, AlignmentCommand.class,
            CommandLine.HelpCommand.class})
public final class Gan4jCommand implements Runnable {
    /** The environment variable that, set to anything but empty, 0 or false, acts as {@code --debug}. */
    static final String DEBUG_VARIABLE = "GAN4J_DEBUG";
    /** The option that prints the whole cause chain of a failure. */
    static final String DEBUG_OPTION = "--debug";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = DEBUG_OPTION, scope = ScopeType.INHERIT,
            description = "On failure, print the whole cause chain with stack traces (or set " + DEBUG_VARIABLE + "=1).")
    private boolean debug;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.err, true), Gan4jCommand::commandLine));
    }

    /**
     * Runs one command line and returns its exit status. A failure to start (plugins that cannot be
     * discovered or wired) is reported on {@code startupErr} as a sentence, with status 1.
     */
    static int run(String[] args, Map<String, String> environment, PrintWriter startupErr,
            Function<Map<String, String>, CommandLine> commandLines) {
        CommandLine cli;
        try {
            cli = commandLines.apply(environment);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandLine.InitializationException && e.getCause() != null ? e.getCause() : e;
            boolean debug = FailureReport.debugRequested(environment.get(DEBUG_VARIABLE))
                    || Arrays.asList(args).contains(DEBUG_OPTION);
            startupErr.print(FailureReport.of(cause).text(debug));
            startupErr.flush();
            return 1;
        }
        return cli.execute(args);
    }

    /** The configured picocli command line (used by tests to run commands in-process). */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /**
     * The configured picocli command line, reading {@value #DEBUG_VARIABLE} from {@code environment}.
     *
     * @throws IllegalStateException naming the wiring problem when the plugins found cannot be wired
     */
    public static CommandLine commandLine(Map<String, String> environment) {
        Injector injector = Guice.createInjector(new Gan4jCoreModule(FamilyDiscovery.scanClasspath()),
                new ConsoleListenersModule());
        CommandLine cli = new CommandLine(Gan4jCommand.class, new GuiceCommandFactory(injector));
        boolean debugByEnvironment = FailureReport.debugRequested(environment.get(DEBUG_VARIABLE));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(new OutOfMemoryReporting(new CommandLine.RunLast()));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = debugByEnvironment || matched(parseResult, DEBUG_OPTION);
            commandLine.getErr().print(FailureReport.of(e).text(debug));
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    /** Whether the option was given on the command or on any of its sub-commands. */
    private static boolean matched(CommandLine.ParseResult result, String option) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
