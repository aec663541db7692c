package dev.gan4j.examples.cli;

import picocli.CommandLine;

/**
 * Runs a command with another strategy and turns an {@link OutOfMemoryError} that escapes it into a
 * failure picocli reports like any other ({@link HeapExhaustedException}), so the user reads a
 * sentence with the heap size and how to raise it, never a trace. Catching the error is safe here:
 * the command that ran out is over, and what it allocated is garbage by the time the message is built.
 */
final class OutOfMemoryReporting implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy inner;

    OutOfMemoryReporting(CommandLine.IExecutionStrategy inner) {
        this.inner = inner;
    }

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
        try {
            return inner.execute(parseResult);
        } catch (OutOfMemoryError e) {
            CommandLine.ParseResult last = parseResult;
            while (last.subcommand() != null) {
                last = last.subcommand();
            }
            HeapExhaustedException failure = new HeapExhaustedException(last.commandSpec().name(),
                    Runtime.getRuntime().maxMemory(), e);
            throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), failure.getMessage(), failure);
        }
    }
}
