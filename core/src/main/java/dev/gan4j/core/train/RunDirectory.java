package dev.gan4j.core.train;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.checkpoint.CheckpointStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The directory of one run:
 * <pre>
 *   config.json          the resolved config (canonical JSON), written once
 *   metrics.jsonl        one JSON object per logged step
 *   samples/             step-000500.png grids and latest.png
 *   checkpoints/         step-000500.ckpt files and latest
 *   report.html          the report (written by the evaluation)
 *   *.onnx               exported models
 *   .lock                the writer's lock ({@link RunDirectoryLock}) and PID
 *   extensions.json      how the run was lengthened after it started ({@link RunExtensions}), if it was
 * </pre>
 * A directory belongs to one config: creating a run in a directory that holds a different
 * config.json is refused, while the same config may continue (resume) there.
 */
public final class RunDirectory {
    /** The file holding the run's config. */
    public static final String CONFIG = "config.json";

    private final Path path;
    private final String config;
    private final int keepCheckpoints;
    private final RunExtensions extensions;
    private final boolean extensionsToWrite;

    private RunDirectory(Path path, String config, int keepCheckpoints, RunExtensions extensions,
                         boolean extensionsToWrite) {
        this.path = path;
        this.config = config;
        this.keepCheckpoints = keepCheckpoints;
        this.extensions = extensions;
        this.extensionsToWrite = extensionsToWrite;
    }

    /**
     * Creates the run directory for {@code canonicalConfig}, or reopens it when it already holds
     * the same config (so the run can resume): {@link #planned} then {@link #materialise}.
     *
     * @param canonicalConfig the resolved config as canonical JSON
     * @throws IllegalStateException when the directory holds a different config, or files but no
     *                               config; the message says which and what to do
     */
    public static RunDirectory create(Path path, String canonicalConfig) throws IOException {
        RunDirectory directory = planned(path, canonicalConfig);
        directory.materialise();
        return directory;
    }

    /**
     * The run directory {@code canonicalConfig} would have at {@code path}, checked but not yet
     * written: nothing on disk is created or changed, so a run that fails a later check (data,
     * networks, schedule) leaves the directory as it was. {@link #materialise} writes it.
     *
     * @throws IllegalStateException when the directory holds a different config, or files but no
     *                               config; the message says which and what to do
     */
    public static RunDirectory planned(Path path, String canonicalConfig) throws IOException {
        requireFits(path, canonicalConfig);
        RunExtensions extensions = Files.isDirectory(path) ? RunExtensions.read(path) : RunExtensions.none();
        return new RunDirectory(path, canonicalConfig.strip(), CheckpointStore.DEFAULT_KEEP, extensions, false);
    }

    /**
     * Writes the directory and its {@code config.json} unless it holds the config already; checks
     * again first, since another process may have written it since {@link #planned} (hold the
     * directory's {@link RunDirectoryLock} around this and the training).
     */
    public void materialise() throws IOException {
        requireFits(path, config);
        Path configFile = path.resolve(CONFIG);
        if (!Files.isRegularFile(configFile)) {
            Files.createDirectories(path);
            AtomicFile.write(configFile, (config + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (extensionsToWrite) {
            extensions.write(path);
        }
    }

    /** How the run was lengthened after it started ({@link RunExtensions}); none for most runs. */
    public RunExtensions extensions() {
        return extensions;
    }

    /**
     * This directory with its run extended to {@code steps} at {@code atStep}; the extension is
     * written by {@link #materialise}, so checks made in between leave the directory as it was.
     *
     * @param configured the config's training.steps
     * @throws IllegalArgumentException when {@code steps} would not lengthen the run
     */
    public RunDirectory extendedTo(int steps, long atStep, int configured) {
        return new RunDirectory(path, config, keepCheckpoints, extensions.extendedTo(steps, atStep, configured), true);
    }

    private static void requireFits(Path path, String canonicalConfig) throws IOException {
        Path configFile = path.resolve(CONFIG);
        if (Files.isRegularFile(configFile)) {
            String existing = Files.readString(configFile, StandardCharsets.UTF_8);
            if (!existing.strip().equals(canonicalConfig.strip())) {
                throw new IllegalStateException("The run directory " + path + " already holds a different config ("
                        + firstDifference(existing.strip(), canonicalConfig.strip()) + "); give the run another "
                        + "directory, or continue the existing run with `gan4j resume " + path + "`.");
            }
        } else if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new IllegalStateException(path + " is a file, not a directory; give the run a directory.");
        } else if (Files.isDirectory(path) && !isEmpty(path)) {
            throw new IllegalStateException("The directory " + path + " holds files but no " + CONFIG
                    + ", so it is not a run directory; give the run an empty or new directory.");
        }
    }

    /** Takes this directory's write lock ({@link RunDirectoryLock#acquire}). */
    public RunDirectoryLock lock() throws IOException {
        return RunDirectoryLock.acquire(path);
    }

    /**
     * Opens an existing run directory (to resume or sample from it).
     *
     * @throws IOException naming the directory when it has no config.json
     */
    public static RunDirectory open(Path path) throws IOException {
        Path configFile = path.resolve(CONFIG);
        if (!Files.isRegularFile(configFile)) {
            throw new IOException(path + " is not a run directory: it has no " + CONFIG + ". Give the directory "
                    + "that `gan4j train` wrote (its --out-dir).");
        }
        return new RunDirectory(path, Files.readString(configFile, StandardCharsets.UTF_8).strip(),
                CheckpointStore.DEFAULT_KEEP, RunExtensions.read(path), false);
    }

    /** The same directory, keeping the newest {@code keep} checkpoints instead of {@link CheckpointStore#DEFAULT_KEEP}. */
    public RunDirectory keepingCheckpoints(int keep) {
        return new RunDirectory(path, config, keep, extensions, extensionsToWrite);
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** The run's config, as canonical JSON. */
    public String config() {
        return config;
    }

    /** {@code config.json}. */
    public Path configFile() {
        return path.resolve(CONFIG);
    }

    /** {@code metrics.jsonl}. */
    public Path metricsFile() {
        return path.resolve("metrics.jsonl");
    }

    /** {@code samples/}. */
    public Path samplesDirectory() {
        return path.resolve("samples");
    }

    /** {@code report.html}. */
    public Path reportFile() {
        return path.resolve("report.html");
    }

    /** {@code <name>.onnx}. */
    public Path onnxFile(String name) {
        return path.resolve(name + ".onnx");
    }

    /** The {@code checkpoints/} directory. */
    public CheckpointStore checkpoints() {
        return new CheckpointStore(path.resolve("checkpoints"), keepCheckpoints);
    }

    /** Empty but for a lock file (left by a process that stopped before it wrote the config). */
    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.allMatch(entry -> entry.getFileName().toString().equals(RunDirectoryLock.FILE));
        }
    }

    /** Where two configs first differ, with a little context from each. */
    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "they first differ at character " + (i + 1) + ": the directory's has \"" + excerpt(a, i)
                + "\", this run's has \"" + excerpt(b, i) + "\"";
    }

    private static String excerpt(String s, int at) {
        int start = Math.max(0, at - 20);
        int end = Math.min(s.length(), at + 20);
        return (start > 0 ? "…" : "") + s.substring(start, end) + (end < s.length() ? "…" : "");
    }
}
