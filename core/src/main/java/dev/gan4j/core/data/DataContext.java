package dev.gan4j.core.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link DataConfig} may consult to find its files.
 *
 * @param dataDirectory the directory given with {@code --data}, or null
 * @param environment   the environment variables ({@code GAN4J_DATA}); a map so tests can fake it
 */
public record DataContext(Path dataDirectory, Map<String, String> environment) {
    /** Copies the environment. */
    public DataContext {
        environment = Map.copyOf(environment);
    }

    /** The real environment and the given --data directory (may be null). */
    public static DataContext standard(Path dataDirectory) {
        return new DataContext(dataDirectory, System.getenv());
    }
}
