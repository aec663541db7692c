package dev.gan4j.models.cgan;

import dev.gan4j.core.condition.Tokeniser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Captions by class, for text-conditioned training: several wordings per class, some marked
 * {@code held-out} (never used in training, kept to test that a model follows wordings it has not
 * seen verbatim). Read from a tab-separated file, one caption a line: class index, {@code train} or
 * {@code held-out}, caption; {@code #} starts a comment line. {@value #FASHION_MNIST} names the
 * set shipped for Fashion-MNIST; any other name is read as a file path.
 */
final class CaptionSet {
    /** The name of the built-in Fashion-MNIST caption set. */
    static final String FASHION_MNIST = "fashion-mnist";
    private static final String RESOURCE = "fashion-mnist-captions.tsv";

    private final String source;
    private final List<List<String>> training;
    private final List<List<String>> heldOut;

    private CaptionSet(String source, List<List<String>> training, List<List<String>> heldOut) {
        this.source = source;
        this.training = training;
        this.heldOut = heldOut;
    }

    /**
     * The caption set called {@code name} for data of {@code classes} classes: every class needs
     * at least one training caption.
     *
     * @throws IllegalArgumentException naming the file, the line and the fix when it does not fit
     */
    static CaptionSet load(String name, int classes) {
        List<String> lines;
        String source;
        try {
            if (name.equals(FASHION_MNIST)) {
                source = "the built-in Fashion-MNIST caption set";
                try (InputStream in = CaptionSet.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) {
                        throw new IllegalStateException("The resource " + RESOURCE + " is missing from the models-cgan jar.");
                    }
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                }
            } else {
                Path file = Path.of(name);
                source = "the caption file " + file.toAbsolutePath();
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("cgan.captions is \"" + name + "\", which is neither \""
                            + FASHION_MNIST + "\" (the built-in set) nor a readable file; give one of them.");
                }
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the captions \"" + name + "\": " + e.getMessage(), e);
        }
        return parse(source, lines, classes);
    }

    /** Parses caption lines (see the class comment). */
    static CaptionSet parse(String source, List<String> lines, int classes) {
        List<List<String>> training = new ArrayList<>();
        List<List<String>> heldOut = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            training.add(new ArrayList<>());
            heldOut.add(new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String where = source + ", line " + (i + 1);
            if (fields.length != 3) {
                throw new IllegalArgumentException(where + " has " + fields.length + " tab-separated fields, but a caption "
                        + "line has three: class index, train or held-out, caption.");
            }
            int k;
            try {
                k = Integer.parseInt(fields[0].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " starts with \"" + fields[0] + "\", but it must be a class index.", e);
            }
            if (k < 0 || k >= classes) {
                throw new IllegalArgumentException(where + " is for class " + k + ", but the data has classes 0 to "
                        + (classes - 1) + ".");
            }
            String caption = fields[2].trim();
            if (Tokeniser.words(caption).isEmpty()) {
                throw new IllegalArgumentException(where + " has an empty caption; write a few words.");
            }
            switch (fields[1].trim()) {
                case "train" -> training.get(k).add(caption);
                case "held-out" -> heldOut.get(k).add(caption);
                default -> throw new IllegalArgumentException(where + " says \"" + fields[1] + "\", but the second field "
                        + "must be train or held-out.");
            }
        }
        for (int k = 0; k < classes; k++) {
            if (training.get(k).isEmpty()) {
                throw new IllegalArgumentException(source + " has no training caption for class " + k
                        + "; every class of the data needs at least one.");
            }
        }
        return new CaptionSet(source, freeze(training), freeze(heldOut));
    }

    private static List<List<String>> freeze(List<List<String>> lists) {
        return lists.stream().map(List::copyOf).toList();
    }

    /** Where the captions came from, for messages. */
    String source() {
        return source;
    }

    /** The number of classes. */
    int classes() {
        return training.size();
    }

    /** The training captions of class {@code k}. */
    List<String> training(int k) {
        return training.get(k);
    }

    /** The held-out captions of class {@code k} (possibly none). */
    List<String> heldOut(int k) {
        return heldOut.get(k);
    }

    /** Every training caption, class by class. */
    List<String> allTraining() {
        return training.stream().flatMap(List::stream).toList();
    }
}
