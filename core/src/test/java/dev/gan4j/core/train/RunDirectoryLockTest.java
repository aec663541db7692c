package dev.gan4j.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run directory's lock: one writer at a time, the second refused with the holder's PID, and a
 * lock whose process was killed ({@code kill -9}) blocks nothing.
 */
class RunDirectoryLockTest {
    @TempDir
    Path temp;

    @Test
    void secondLockInTheSameProcessIsRefusedNamingTheDirectoryAndPid() throws Exception {
        Path run = temp.resolve("run");
        try (RunDirectoryLock first = RunDirectoryLock.acquire(run)) {
            assertThatThrownBy(() -> RunDirectoryLock.acquire(run))
                    .isInstanceOf(RunDirectoryInUseException.class)
                    .hasMessageContaining(run.toString())
                    .hasMessageContaining("PID " + ProcessHandle.current().pid())
                    .hasMessageContaining("gan4j resume");
        }
        try (RunDirectoryLock again = RunDirectoryLock.acquire(run)) {
            assertThat(Files.readString(run.resolve(RunDirectoryLock.FILE)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void lockOfAnotherProcessIsRefusedAndReleasedWhenThatProcessIsKilled() throws Exception {
        Path run = temp.resolve("run");
        Process holder = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), run.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> RunDirectoryLock.acquire(run))
                    .isInstanceOf(RunDirectoryInUseException.class)
                    .hasMessageContaining(run.toString())
                    .hasMessageContaining("PID " + holder.pid());
        } finally {
            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no release by the holder itself
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (RunDirectoryLock mine = RunDirectoryLock.acquire(run)) {
            assertThat(Files.readString(run.resolve(RunDirectoryLock.FILE)).strip())
                    .isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void directoryHoldingOnlyALeftoverLockFileTakesANewRun() throws Exception {
        Path run = temp.resolve("run");
        RunDirectoryLock.acquire(run).close();
        RunDirectory directory = RunDirectory.create(run, "{\"a\":1}");
        assertThat(directory.configFile()).exists();
        assertThat(List.of(run.toFile().list())).containsExactlyInAnyOrder(RunDirectoryLock.FILE, RunDirectory.CONFIG);
    }

    @Test
    void plannedDirectoryWritesNothingUntilMaterialised() throws Exception {
        Path run = temp.resolve("run");
        RunDirectory directory = RunDirectory.planned(run, "{\"a\":1}");
        assertThat(run).doesNotExist();
        directory.materialise();
        assertThat(Files.readString(run.resolve(RunDirectory.CONFIG)).strip()).isEqualTo("{\"a\":1}");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }

    /** A process that takes a run directory's lock, says so, and waits to be killed. */
    static final class LockHolder {
        public static void main(String[] args) throws Exception {
            RunDirectoryLock lock = RunDirectoryLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
            lock.close();
        }
    }
}
