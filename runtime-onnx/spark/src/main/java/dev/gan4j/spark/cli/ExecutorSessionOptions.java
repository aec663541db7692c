package dev.gan4j.spark.cli;

import picocli.CommandLine.Option;

/**
 * The options of a {@code gan4j spark} command that runs an exported model on the executors: which
 * device its ONNX Runtime sessions use, how many threads each has, and how the model reaches them.
 */
final class ExecutorSessionOptions {
    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|cuda",
            description = "auto: CUDA when Spark gave the task a GPU, else the CPU (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", defaultValue = "0",
            description = "ONNX Runtime threads per session (default: the task's cores, spark.task.cpus).")
    int threads;

    @Option(names = "--shared-model", description = "Executors read the model from its path (a shared file system)"
            + " instead of getting it broadcast from the driver.")
    boolean sharedModel;
}
