package dev.gan4j.examples.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The real data {@code gan4j eval} compares samples with ({@code --reference}): one of the closed
 * set of built-in names, or an IDX file of real images.
 *
 * @param name the built-in name or the file's path as given
 * @param kind which of the choices it is
 */
record ReferenceData(String name, Kind kind) {
    /** The kinds of reference. */
    enum Kind {
        /** The test split of the run's data (Fashion-MNIST). */
        TEST,
        /** The training data of the run. */
        TRAIN,
        /** The ring of eight Gaussians (2-D points). */
        RING8,
        /** The grid of 25 Gaussians (2-D points). */
        GRID25,
        /** An IDX file of real images. */
        FILE
    }

    /** Whether this names one of the toy mixtures. */
    boolean mixture() {
        return kind == Kind.RING8 || kind == Kind.GRID25;
    }

    /** Reads {@code --reference}: a built-in name (any case) or a path ending in {@code .idx} or {@code .idx.gz}. */
    static final class Converter implements CommandLine.ITypeConverter<ReferenceData> {
        @Override
        public ReferenceData convert(String value) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            for (Kind kind : Kind.values()) {
                if (kind != Kind.FILE && lower.equals(kind.name().toLowerCase(Locale.ROOT))) {
                    return new ReferenceData(lower, kind);
                }
            }
            if (lower.endsWith(".idx") || lower.endsWith(".idx.gz") || lower.endsWith("-ubyte")
                    || lower.endsWith("-ubyte.gz")) {
                return new ReferenceData(value, Kind.FILE);
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is no reference; give test, train, ring8,"
                    + " grid25 or the path of an IDX file of real images (FILE.idx).");
        }
    }
}
