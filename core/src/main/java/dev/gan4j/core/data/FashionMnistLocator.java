package dev.gan4j.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the Fashion-MNIST files. It looks, in order, in the directory given on the command line
 * ({@code --data DIR}), in {@code $GAN4J_DATA}, and in {@code /usr/share/datasets/fashion-mnist}
 * (Debian package {@code dataset-fashion-mnist}). In the first two it accepts the files in the
 * directory itself or in its {@code fashion-mnist} subdirectory. A directory holds a split when it
 * has that split's image and label files, each plain or gzip-compressed
 * ({@code train-images-idx3-ubyte[.gz]}, {@code train-labels-idx1-ubyte[.gz]}, {@code t10k-...}).
 *
 * <p>The environment is passed in as a map, so tests do not depend on the real one.
 */
public final class FashionMnistLocator {
    /** The name of the environment variable looked at second. */
    public static final String ENVIRONMENT_VARIABLE = "GAN4J_DATA";
    /** Where the Debian package {@code dataset-fashion-mnist} installs the files. */
    public static final Path SYSTEM_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    private static final String SUBDIRECTORY = "fashion-mnist";

    private final Path explicitDirectory;
    private final Map<String, String> environment;
    private final Path systemDirectory;

    /**
     * A locator over the given places.
     *
     * @param explicitDirectory the {@code --data} directory, or null when none was given
     * @param environment       the environment variables (for {@value #ENVIRONMENT_VARIABLE})
     * @param systemDirectory   the system-wide directory, normally {@link #SYSTEM_DIRECTORY}
     */
    public FashionMnistLocator(Path explicitDirectory, Map<String, String> environment, Path systemDirectory) {
        this.explicitDirectory = explicitDirectory;
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.systemDirectory = Objects.requireNonNull(systemDirectory, "systemDirectory");
    }

    /** A locator over {@code explicitDirectory} (may be null), the real environment and {@link #SYSTEM_DIRECTORY}. */
    public static FashionMnistLocator standard(Path explicitDirectory) {
        return new FashionMnistLocator(explicitDirectory, System.getenv(), SYSTEM_DIRECTORY);
    }

    /** The directory holding {@code split}, the first of the places in order that has both its files. */
    public Path locate(FashionMnist.Split split) throws DatasetNotFoundException {
        for (Path candidate : candidates()) {
            if (holds(candidate, split)) {
                return candidate;
            }
        }
        throw new DatasetNotFoundException(missingMessage(split));
    }

    /** The directories looked in, in order. */
    public List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        if (explicitDirectory != null) {
            candidates.add(explicitDirectory);
            candidates.add(explicitDirectory.resolve(SUBDIRECTORY));
        }
        Path fromEnvironment = environmentDirectory();
        if (fromEnvironment != null) {
            candidates.add(fromEnvironment);
            candidates.add(fromEnvironment.resolve(SUBDIRECTORY));
        }
        candidates.add(systemDirectory);
        return candidates;
    }

    /** The file {@code name} ({@code "t10k-images-idx3-ubyte"}) in {@code directory}, gzip-compressed or plain. */
    static Path find(Path directory, String name) {
        Path gz = directory.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path plain = directory.resolve(name);
        return Files.isRegularFile(plain) ? plain : null;
    }

    private static boolean holds(Path directory, FashionMnist.Split split) {
        return find(directory, split.imagesFile()) != null && find(directory, split.labelsFile()) != null;
    }

    private Path environmentDirectory() {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private String missingMessage(FashionMnist.Split split) {
        Path fromEnvironment = environmentDirectory();
        return "Fashion-MNIST (" + split.imagesFile() + "[.gz] and " + split.labelsFile() + "[.gz]) was not "
                + "found. Looked in: (1) the --data directory: "
                + (explicitDirectory == null ? "none given" : describe(explicitDirectory))
                + "; (2) $" + ENVIRONMENT_VARIABLE + ": "
                + (fromEnvironment == null ? "not set" : describe(fromEnvironment))
                + "; (3) " + systemDirectory + ": " + (Files.isDirectory(systemDirectory) ? "lacks the files"
                        : "does not exist")
                + ". Install it with `apt-get install -y dataset-fashion-mnist` (as root), or put the files of "
                + "https://github.com/zalandoresearch/fashion-mnist in a directory and pass --data DIR.";
    }

    private static String describe(Path directory) {
        return directory + " (and its " + SUBDIRECTORY + "/) " + (Files.isDirectory(directory) ? "lacks the files"
                : "does not exist");
    }
}
