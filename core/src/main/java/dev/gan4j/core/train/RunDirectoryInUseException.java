package dev.gan4j.core.train;

import java.nio.file.Path;

/**
 * Another process holds the run directory's lock ({@link RunDirectoryLock}): two writers would
 * interleave checkpoints and metrics, so the second is refused. The message names the directory
 * and the holder's PID.
 */
public final class RunDirectoryInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    RunDirectoryInUseException(Path directory, Object holderPid) {
        super("The run directory " + directory + " is being written by another gan4j process ("
                + (holderPid.toString().isEmpty() ? "its PID is not recorded" : "PID " + holderPid)
                + "); wait for it to finish or stop it, then continue with `gan4j resume " + directory
                + "`, or give this run another directory.");
    }
}
