package dev.gan4j.core.data;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A built-in image transform that makes a second domain out of existing images, so a translation
 * can be learned without files and measured against a known answer: the ground truth of a
 * translated image is the transform of its source. Every transform keeps the class of a garment;
 * each is a turn or mirror image of the grid ({@link SymmetryMixing.Symmetry}), then optionally a
 * photographic negative.
 */
public enum ImageTransform {
    /** Photographic negative: a pixel v in [−1, 1] becomes −v. */
    INVERT("invert", Turn.NONE, Turn.NONE, true),
    /** Mirror left-right, then invert. */
    FLIP_INVERT("flip_invert", Turn.MIRROR, Turn.MIRROR, true),
    /** Mirror left-right (a geometric change alone). */
    FLIP("flip", Turn.MIRROR, Turn.MIRROR, false),
    /** A quarter-turn clockwise, then invert (square images). */
    ROTATE_INVERT("rotate_invert", Turn.CLOCKWISE, Turn.COUNTER_CLOCKWISE, true);

    /** The grid symmetries the transforms use. */
    private static final class Turn {
        static final SymmetryMixing.Symmetry NONE = new SymmetryMixing.Symmetry(false, false, false);
        static final SymmetryMixing.Symmetry MIRROR = new SymmetryMixing.Symmetry(false, false, true);
        static final SymmetryMixing.Symmetry CLOCKWISE = new SymmetryMixing.Symmetry(true, false, true);
        static final SymmetryMixing.Symmetry COUNTER_CLOCKWISE = new SymmetryMixing.Symmetry(true, true, false);
    }

    private final String configName;
    private final SymmetryMixing.Symmetry turn;
    private final SymmetryMixing.Symmetry inverseTurn;
    private final boolean negative;

    ImageTransform(String configName, SymmetryMixing.Symmetry turn, SymmetryMixing.Symmetry inverseTurn,
                   boolean negative) {
        this.configName = configName;
        this.turn = turn;
        this.inverseTurn = inverseTurn;
        this.negative = negative;
    }

    /** The name in a config ({@code "invert"}, {@code "flip_invert"}, {@code "flip"}, {@code "rotate_invert"}). */
    public String configName() {
        return configName;
    }

    /**
     * The transform of a config name.
     *
     * @param field the config field, for the message ({@code "data.transform"})
     * @throws IllegalArgumentException listing the known names for an unknown one
     */
    public static ImageTransform byName(String name, String field) {
        for (ImageTransform t : values()) {
            if (t.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException(field + " is \"" + name + "\", but the known transforms are "
                + Arrays.stream(values()).map(t -> "\"" + t.configName + "\"").collect(Collectors.joining(", "))
                + " (or leave it out for the images as they are).");
    }

    /** The transformed images: a new tensor, [N, C, H, W] with values in [−1, 1]. */
    public Tensor apply(Tensor images) {
        return transformed(images, turn);
    }

    /** The images this transform was applied to, from the transformed ones: its inverse. */
    public Tensor undo(Tensor images) {
        return transformed(images, inverseTurn);
    }

    private Tensor transformed(Tensor images, SymmetryMixing.Symmetry symmetry) {
        if (images.rank() != 4) {
            throw new IllegalArgumentException("The " + configName + " transform takes images [N, C, H, W], but got "
                    + images.shape() + ".");
        }
        if (symmetry.transpose() && images.dim(2) != images.dim(3)) {
            throw new IllegalArgumentException("The " + configName + " transform turns images a quarter, so they must "
                    + "be square, but got " + images.shape() + "; resize them (data.size) or pick another transform.");
        }
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            // every transform turns or inverts (or both), so the result is a new tensor
            Tensor turned = symmetry.apply(images);
            return negative ? turned.neg() : turned;
        }
    }
}
