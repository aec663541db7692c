package dev.gan4j.core.condition;

import dev.gan4j.core.spi.DataSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names of the classes a conditional model generates, and how a label typed by a user (a
 * name, in any case, or an index) becomes a class index. Fashion-MNIST's classes have their
 * names; other data gets the names from the config, or "0", "1", ... .
 */
public final class ClassNames {
    /** Fashion-MNIST's class names, by index. */
    public static final List<String> FASHION_MNIST = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");

    private final List<String> names;

    private ClassNames(List<String> names) {
        this.names = List.copyOf(names);
    }

    /**
     * These names, by class index, as an exported model's metadata records them.
     *
     * @throws IllegalArgumentException when there are fewer than two names, or a blank or repeated one
     */
    public static ClassNames of(List<String> names) {
        if (names.size() < 2) {
            throw new IllegalArgumentException("A conditional model needs at least 2 class names, but got " + names + ".");
        }
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k) == null || names.get(k).isBlank() || names.indexOf(names.get(k)) != k) {
                throw new IllegalArgumentException("Class name " + k + " of " + names + " is blank or repeated; every "
                        + "class needs its own name.");
            }
        }
        return new ClassNames(names);
    }

    /** The names from the config when given (one per class), else Fashion-MNIST's for its data, else the indices. */
    public static ClassNames resolve(List<String> configured, DataSpec data) {
        int classes = data.classes();
        if (configured != null) {
            if (configured.size() != classes) {
                throw new IllegalArgumentException("cgan.classNames has " + configured.size() + " names, but the data "
                        + data.name() + " has " + classes + " classes; give one name per class, or leave it out.");
            }
            return new ClassNames(configured);
        }
        if (data.name().equals("fashion-mnist") && classes == FASHION_MNIST.size()) {
            return new ClassNames(FASHION_MNIST);
        }
        List<String> indices = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            indices.add(Integer.toString(k));
        }
        return new ClassNames(indices);
    }

    /** The names, by class index. */
    public List<String> names() {
        return names;
    }

    /** The number of classes. */
    public int size() {
        return names.size();
    }

    /** "7 (Sneaker)". */
    public String describe(int k) {
        return names.get(k).equals(Integer.toString(k)) ? Integer.toString(k) : k + " (" + names.get(k) + ")";
    }

    /**
     * The class a user means by {@code label}: a name (case ignored) or an index.
     *
     * @throws IllegalArgumentException for a blank label, an index out of range or an unknown name,
     *                                  saying what is valid
     */
    public int parse(String label) {
        String given = label == null ? "" : label.trim();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("The label is empty; give a class name (" + listing()
                    + ") or an index from 0 to " + (size() - 1) + ".");
        }
        for (int k = 0; k < size(); k++) {
            if (names.get(k).toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        if (given.matches("-?\\d+")) {
            long index;
            try {
                index = Long.parseLong(given);
            } catch (NumberFormatException e) {
                index = Long.MAX_VALUE;
            }
            if (index < 0 || index >= size()) {
                throw new IllegalArgumentException("The label index " + given + " is out of range: this model has "
                        + size() + " classes, numbered 0 to " + (size() - 1) + ".");
            }
            return (int) index;
        }
        throw new IllegalArgumentException("There is no class called \"" + given + "\"; the valid labels are "
                + listing() + ", or an index from 0 to " + (size() - 1) + ".");
    }

    private String listing() {
        List<String> quoted = new ArrayList<>();
        for (int k = 0; k < size(); k++) {
            quoted.add(k + " \"" + names.get(k) + "\"");
        }
        return String.join(", ", quoted);
    }
}
