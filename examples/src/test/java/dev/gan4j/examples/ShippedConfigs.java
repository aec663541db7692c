package dev.gan4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The run configs shipped in {@code examples/configs}, for the tests that check each of them. */
public final class ShippedConfigs {
    private ShippedConfigs() {
    }

    /** Every {@code .json} file of {@code configs/} (the tests run in {@code examples/}), sorted by path. */
    public static Stream<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("configs"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }
}
