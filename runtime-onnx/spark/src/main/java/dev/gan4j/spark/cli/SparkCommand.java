package dev.gan4j.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gan4j spark sample|translate|eval|train ...}: gan4j's jobs on Apache Spark, run by the {@code gan4j}
 * script with Spark's jars on the class path (embedded local Spark, {@code local[*]} unless
 * {@code --master} says otherwise), or by {@code spark-submit --class dev.gan4j.spark.cli.SparkCommand}
 * with the gan4j-spark jar on a cluster (the master spark-submit was given).
 */
@Command(name = "gan4j spark", mixinStandardHelpOptions = true,
        description = "Sample, translate and evaluate with exported gan4j models, and train any family, on Apache Spark.",
        subcommands = {SparkSampleCommand.class, SparkTranslateCommand.class, SparkEvalCommand.class,
                SparkTrainCommand.class})
public final class SparkCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line; exits with its status. */
    public static void main(String[] args) {
        CommandLine line = new CommandLine(new SparkCommand());
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("gan4j spark: " + rootMessage(e));
            return 1;
        });
        System.exit(line.execute(args));
    }

    /** The message of the innermost cause that has one: Spark wraps executor failures in several layers. */
    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !(t instanceof org.apache.spark.SparkException)) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
