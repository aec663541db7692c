package dev.gan4j.examples.compare;

import dev.gan4j.core.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a comparison's page to a file. */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    /**
     * Writes the page of {@code entries} to {@code file} (atomically), its data named after the first entry's reference.
     *
     * @param budget the training budget, in words
     */
    public static void write(Path file, List<ComparedFamily> entries, String budget) throws IOException {
        String data = entries.isEmpty() ? "no data" : entries.get(0).evaluation().reference();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFile.write(file, ComparisonPage.html(data, budget, entries).getBytes(StandardCharsets.UTF_8));
    }
}
