package dev.gan4j.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Takes a dataset's files out of its Debian package, downloaded with {@code apt-get download}
 * (no root needed, nothing installed) and unpacked with {@code dpkg-deb -x} inside the fetch's
 * staging directory. The fallback where the dataset's own web location is unreachable but a
 * Debian archive is (a network that allows only package mirrors).
 */
public final class DebianPackageSource implements DatasetSource {
    private static final long TIMEOUT_MINUTES = 10;

    private final String packageName;
    private final Path directoryInPackage;

    /**
     * A source for the package {@code packageName}, whose files are under {@code directoryInPackage}
     * ({@code /usr/share/datasets/fashion-mnist}).
     */
    public DebianPackageSource(String packageName, Path directoryInPackage) {
        this.packageName = packageName;
        this.directoryInPackage = directoryInPackage;
    }

    @Override
    public Path download(DatasetFile file, Path staging) throws IOException {
        Path unpacked = staging.resolve("debian-package");
        Path inside = unpacked.resolve(directoryInPackage.toString().replaceFirst("^/+", ""));
        if (!Files.isDirectory(inside)) {
            Path downloads = Files.createDirectories(staging.resolve("debian-download"));
            run(List.of("apt-get", "download", packageName), downloads);
            Path deb;
            try (var files = Files.list(downloads)) {
                deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst()
                        .orElseThrow(() -> new IOException("apt-get download " + packageName + " left no .deb file."));
            }
            run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), downloads);
        }
        for (String name : List.of(file.name(), file.name().replaceFirst("\\.gz$", ""))) {
            Path candidate = inside.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("The Debian package " + packageName + " has no " + file.name() + " in "
                + directoryInPackage + ".");
    }

    private static void run(List<String> command, Path directory) throws IOException {
        Path log = directory.resolve("command.log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("`" + String.join(" ", command) + "` could not start (" + e.getMessage()
                    + "); it needs a Debian or Ubuntu system with apt.", e);
        }
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("`" + String.join(" ", command) + "` took over " + TIMEOUT_MINUTES
                        + " minutes and was stopped.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("`" + String.join(" ", command) + "` was interrupted.", e);
        }
        if (process.exitValue() != 0) {
            String output = Files.readString(log).strip();
            throw new IOException("`" + String.join(" ", command) + "` failed with status " + process.exitValue()
                    + (output.isEmpty() ? "" : ": " + lastLine(output)));
        }
    }

    private static String lastLine(String text) {
        int newline = text.lastIndexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }

    @Override
    public String describe() {
        return "the Debian package " + packageName + " (apt-get download)";
    }
}
