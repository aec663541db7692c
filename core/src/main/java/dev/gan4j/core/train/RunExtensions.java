package dev.gan4j.core.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a run was lengthened after it started ({@code gan4j resume RUN --steps N}): a list of
 * extensions, kept in the run directory's {@value #FILE} beside the unchanged {@code config.json}
 * (whose hash still identifies the run and matches its checkpoints). The run trains to the last
 * extension's step count; its provenance records the list.
 *
 * @param history the extensions, oldest first
 */
public record RunExtensions(List<Extension> history) {
    /** The file in the run directory. */
    public static final String FILE = "extensions.json";
    /** The provenance key under which the extensions are recorded. */
    public static final String PROVENANCE_KEY = "extensions";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One extension.
     *
     * @param atStep    the step the run had reached
     * @param fromSteps the step count before
     * @param toSteps   the step count after
     */
    public record Extension(long atStep, int fromSteps, int toSteps) {
    }

    /** Copies the list. */
    public RunExtensions {
        history = List.copyOf(history);
    }

    /** No extension. */
    public static RunExtensions none() {
        return new RunExtensions(List.of());
    }

    /** The step count of a run configured for {@code configured} steps. */
    public int steps(int configured) {
        return history.isEmpty() ? configured : history.get(history.size() - 1).toSteps();
    }

    /**
     * These extensions and one more, to {@code steps}, made at {@code atStep}.
     *
     * @throws IllegalArgumentException when {@code steps} is not beyond the run's present count
     */
    public RunExtensions extendedTo(int steps, long atStep, int configured) {
        int current = steps(configured);
        if (steps <= current) {
            throw new IllegalArgumentException("--steps " + steps + " would not extend the run: it already runs to "
                    + current + " steps; give more than " + current + ", or leave --steps out to continue it as it is.");
        }
        List<Extension> longer = new ArrayList<>(history);
        longer.add(new Extension(atStep, current, steps));
        return new RunExtensions(longer);
    }

    /**
     * The provenance's plain JSON ({@link RunProvenanceJson#toJson}) with these extensions recorded
     * under {@value #PROVENANCE_KEY}; without extensions exactly the plain JSON.
     */
    public String provenanceJson(RunProvenanceJson json, RunProvenance provenance) {
        if (history.isEmpty()) {
            return json.toJson(provenance);
        }
        Map<String, Object> map = json.toMap(provenance);
        map.put(PROVENANCE_KEY, toJsonList());
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A provenance of strings and numbers could not be written as JSON.", e);
        }
    }

    /** The list as plain JSON values (for the provenance). */
    public List<Map<String, Object>> toJsonList() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Extension e : history) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("atStep", e.atStep());
            map.put("fromSteps", e.fromSteps());
            map.put("toSteps", e.toSteps());
            list.add(map);
        }
        return list;
    }

    /**
     * The extensions recorded in {@code directory}; none when it has no {@value #FILE}.
     *
     * @throws IOException naming the file when it cannot be read or is not a list of extensions
     */
    public static RunExtensions read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            List<Extension> history = JSON.readValue(file.toFile(), new TypeReference<List<Extension>>() { });
            if (history == null || history.stream().anyMatch(e -> e == null || e.toSteps() <= e.fromSteps())) {
                throw new IOException("The file " + file + " is not a list of run extensions each to more steps than"
                        + " before; restore it, or delete it to train to config.json's training.steps.");
            }
            return new RunExtensions(history);
        } catch (JsonProcessingException e) {
            throw new IOException("The file " + file + " is not a list of run extensions (" + e.getOriginalMessage()
                    + "); restore it, or delete it to train to config.json's training.steps.", e);
        }
    }

    /** Writes the list to {@code directory}'s {@value #FILE}, atomically. */
    public void write(Path directory) throws IOException {
        AtomicFile.write(directory.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(history));
    }
}
