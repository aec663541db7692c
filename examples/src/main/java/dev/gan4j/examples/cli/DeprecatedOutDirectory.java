package dev.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The old spelling {@code --out DIR} of the commands that write a directory. Everywhere in gan4j
 * {@code --out} names a file and {@code --out-dir} a directory; the old spelling still works for
 * those commands, hidden from the help, with a warning that names the new one.
 */
final class DeprecatedOutDirectory {
    @Option(names = "--out", hidden = true, paramLabel = "DIR", description = "Old spelling of --out-dir.")
    Path directory;

    /**
     * The directory given by {@code --out-dir} ({@code current}), else by the old {@code --out}
     * (with a warning on the command's error stream).
     *
     * @throws CommandLine.ParameterException when both are given
     */
    Optional<Path> resolve(Path current, CommandSpec spec) {
        if (directory == null) {
            return Optional.ofNullable(current);
        }
        if (current != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give the directory once, with --out-dir;"
                    + " --out is the old spelling of the same option.");
        }
        spec.commandLine().getErr().println("gan4j: warning: `" + spec.name() + " --out DIR` is now `" + spec.name()
                + " --out-dir DIR` (--out names a file in every gan4j command); the old spelling will go.");
        return Optional.of(directory);
    }
}
