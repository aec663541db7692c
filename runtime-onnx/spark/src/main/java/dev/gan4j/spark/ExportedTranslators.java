package dev.gan4j.spark;

import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.runtime.onnx.inference.Device;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The translators a model path holds, read on the driver from their metadata
 * ({@value ExportablePart#TRANSLATION_KEY}): one exported translator {@code .onnx}, or a folder that
 * {@code gan4j export} wrote, with one translator per direction: {@code generator_AtoB.onnx} and
 * {@code generator_BtoA.onnx} for a two-domain family, N(N−1) of them for a multi-domain one
 * (combogan). A direction is named {@code <from>to<to>}, as {@code gan4j translate --direction}.
 */
public final class ExportedTranslators {
    private final Path model;
    private final Map<String, Translator> byDirection;

    private ExportedTranslators(Path model, Map<String, Translator> byDirection) {
        this.model = model;
        this.byDirection = byDirection;
    }

    /**
     * One translator: its file and what it translates.
     *
     * @param file        the {@code .onnx} file
     * @param translation its domains and image shapes
     */
    public record Translator(Path file, TranslationMetadata translation) {
        /** {@code <from>to<to>}, such as {@code AtoB}. */
        public String direction() {
            return translation.from() + "to" + translation.to();
        }
    }

    /**
     * The translators at {@code model}: an {@code .onnx} file, or a folder of them.
     *
     * @throws IOException              naming the path when it is missing or a model cannot be read
     * @throws IllegalArgumentException naming the path when it holds no translator (a generator from
     *                                  noise, or a run directory not exported yet)
     */
    public static ExportedTranslators at(Path model) throws IOException {
        if (Files.isRegularFile(model)) {
            Translator translator = read(model).orElseThrow(() -> new IllegalArgumentException("The model " + model
                    + " is not a translator (it has no " + ExportablePart.TRANSLATION_KEY + " metadata); give a "
                    + "generator_AtoB.onnx written by gan4j export from a translation run, or the folder it wrote."));
            return new ExportedTranslators(model, Map.of(translator.direction(), translator));
        }
        if (!Files.isDirectory(model)) {
            throw new IOException("The model " + model + " does not exist on the driver; give a translator .onnx file "
                    + "or the folder gan4j export wrote for a translation run.");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(model)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")).sorted().toList();
        }
        Map<String, Translator> found = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<Translator> translator = read(file);
            if (translator.isPresent()) {
                Translator previous = found.putIfAbsent(translator.get().direction(), translator.get());
                if (previous != null) {
                    throw new IllegalArgumentException("The folder " + model + " holds two translators "
                            + translator.get().direction() + ": " + previous.file().getFileName() + " and "
                            + file.getFileName() + "; keep one export per folder.");
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("The folder " + model + " holds no translator (.onnx with "
                    + ExportablePart.TRANSLATION_KEY + " metadata); export the translation run first with gan4j export "
                    + "RUN --out-dir DIR and give DIR.");
        }
        return new ExportedTranslators(model, found);
    }

    private static Optional<Translator> read(Path file) throws IOException {
        try (OnnxGenerator generator = OnnxGenerator.open(file, Device.CPU, 1)) {
            return generator.translation().map(t -> new Translator(file, t));
        }
    }

    /** The directions there are translators for, in file-name order. */
    public List<String> directions() {
        return new ArrayList<>(byDirection.keySet());
    }

    /**
     * The translator for {@code direction}; for null, the only one, else {@code AtoB} when there is
     * one (as {@code gan4j translate} defaults to).
     *
     * @throws IllegalArgumentException listing the directions there are when there is none for
     *                                  {@code direction}, or when null leaves the choice open
     */
    public Translator direction(String direction) {
        if (direction == null) {
            if (byDirection.size() == 1) {
                return byDirection.values().iterator().next();
            }
            if (byDirection.containsKey("AtoB")) {
                return byDirection.get("AtoB");
            }
            throw new IllegalArgumentException("The model " + model + " translates " + String.join(", ", directions())
                    + "; say which direction to translate.");
        }
        Translator translator = byDirection.get(direction);
        if (translator == null) {
            throw new IllegalArgumentException("The model " + model + " has no translator " + direction + "; it "
                    + "translates " + String.join(", ", directions()) + ". Give one of those as the direction.");
        }
        return translator;
    }
}
