package dev.gan4j.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Fashion-MNIST files. It looks, in order, in the directory given on the command line
 * ({@code --data DIR}), in {@code $GAN4J_DATA}, in {@code $GAN4J_HOME/data} (where
 * {@code gan4j data fetch} puts them), and in {@code /usr/share/datasets/fashion-mnist} (Debian
 * package {@code dataset-fashion-mnist}; {@code $GAN4J_SYSTEM_DATASETS} replaces
 * {@code /usr/share/datasets}). In the first three it accepts the files in the directory itself or
 * in its {@code fashion-mnist} subdirectory. A directory holds a split when it has that split's
 * image and label files, each plain or gzip-compressed ({@code train-images-idx3-ubyte[.gz]},
 * {@code train-labels-idx1-ubyte[.gz]}, {@code t10k-...}).
 *
 * <p>A locator made with a fetcher ({@link #of(DataContext)} unless the context is offline)
 * downloads the files into {@code $GAN4J_HOME/data} when no place has them.
 *
 * <p>The environment is passed in as a map, so tests do not depend on the real one.
 */
public final class FashionMnistLocator {
    /** The name of the environment variable looked at second. */
    public static final String ENVIRONMENT_VARIABLE = "GAN4J_DATA";
    /** The environment variable that replaces {@code /usr/share/datasets} (an empty directory hides the package). */
    public static final String SYSTEM_DATASETS_VARIABLE = "GAN4J_SYSTEM_DATASETS";
    /** Where the Debian package {@code dataset-fashion-mnist} installs the files. */
    public static final Path SYSTEM_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    private static final String SUBDIRECTORY = "fashion-mnist";
    private static final Logger LOG = LoggerFactory.getLogger(FashionMnistLocator.class);

    private final Path explicitDirectory;
    private final Map<String, String> environment;
    private final Path homeDataDirectory;
    private final Path systemDirectory;
    private final DatasetFetcher fetcher;

    /**
     * A locator over the given places.
     *
     * @param explicitDirectory the {@code --data} directory, or null when none was given
     * @param environment       the environment variables (for {@value #ENVIRONMENT_VARIABLE})
     * @param systemDirectory   the system-wide directory, normally {@link #SYSTEM_DIRECTORY}
     */
    public FashionMnistLocator(Path explicitDirectory, Map<String, String> environment, Path systemDirectory) {
        this(explicitDirectory, environment, null, systemDirectory, null);
    }

    /**
     * A locator over the given places, fetching into {@code homeDataDirectory} when none holds the data.
     *
     * @param homeDataDirectory gan4j's data directory ({@code $GAN4J_HOME/data}), or null to skip it
     * @param fetcher           what downloads missing files into {@code homeDataDirectory}, or null never to download
     */
    public FashionMnistLocator(Path explicitDirectory, Map<String, String> environment, Path homeDataDirectory,
                               Path systemDirectory, DatasetFetcher fetcher) {
        this.explicitDirectory = explicitDirectory;
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.homeDataDirectory = homeDataDirectory;
        this.systemDirectory = Objects.requireNonNull(systemDirectory, "systemDirectory");
        if (fetcher != null && homeDataDirectory == null) {
            throw new IllegalArgumentException("A locator that fetches needs the directory to fetch into.");
        }
        this.fetcher = fetcher;
    }

    /** A locator over {@code explicitDirectory} (may be null), the real environment and {@link #SYSTEM_DIRECTORY}. */
    public static FashionMnistLocator standard(Path explicitDirectory) {
        return of(DataContext.standard(explicitDirectory));
    }

    /**
     * The locator for a run's data context: its --data directory, its environment, gan4j's data
     * directory, the system directory ({@code $GAN4J_SYSTEM_DATASETS/fashion-mnist} when set), and
     * fetching when the context allows it.
     */
    public static FashionMnistLocator of(DataContext context) {
        Map<String, String> environment = context.environment();
        String systemRoot = environment.get(SYSTEM_DATASETS_VARIABLE);
        Path system = systemRoot == null || systemRoot.isBlank() ? SYSTEM_DIRECTORY
                : Path.of(systemRoot).resolve(SUBDIRECTORY);
        return new FashionMnistLocator(context.dataDirectory(), environment, Gan4jHome.dataDirectory(environment),
                system, context.fetchMissing() ? FashionMnistSources.fetcher(environment) : null);
    }

    /**
     * The directory holding {@code split}, the first of the places in order that has both its
     * files; when none has them and this locator fetches, the directory it fetched them into.
     *
     * @throws DatasetNotFoundException when no place has them and fetching is off or failed; the
     *                                  message lists the places and the ways to get the data
     */
    public Path locate(FashionMnist.Split split) throws DatasetNotFoundException {
        for (Path candidate : candidates()) {
            if (holds(candidate, split)) {
                return candidate;
            }
        }
        if (fetcher == null) {
            throw new DatasetNotFoundException(missingMessage(split));
        }
        LOG.info("Fashion-MNIST is in none of the places looked in; fetching it into {} (pass --offline not to)",
                homeDataDirectory);
        try {
            Path fetched = fetcher.fetch(homeDataDirectory);
            if (holds(fetched, split)) {
                return fetched;
            }
        } catch (DatasetNotFoundException e) {
            throw new DatasetFetchException(missingMessage(split) + " " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new DatasetFetchException(missingMessage(split) + " Fetching it into " + homeDataDirectory
                    + " failed: " + e.getMessage() + " " + FashionMnistSources.otherWays());
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
        if (homeDataDirectory != null) {
            candidates.add(homeDataDirectory);
            candidates.add(homeDataDirectory.resolve(SUBDIRECTORY));
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
                + (homeDataDirectory == null ? "" : "; gan4j's data directory: " + describe(homeDataDirectory))
                + "; the system directory " + systemDirectory + ": " + (Files.isDirectory(systemDirectory)
                        ? "lacks the files" : "does not exist")
                + "." + (fetcher == null ? " " + FashionMnistSources.otherWays() : "");
    }

    private static String describe(Path directory) {
        return directory + " (and its " + SUBDIRECTORY + "/) " + (Files.isDirectory(directory) ? "lacks the files"
                : "does not exist");
    }
}
