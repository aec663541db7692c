package dev.gan4j.core.spi;

import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/**
 * A {@link GanSystem} that translates images between unpaired domains (CycleGAN and its kin, the
 * shared-latent families): it trains on {@link dev.gan4j.core.spi.Batch#domains() one batch per
 * domain} and translates any image of one domain into another.
 *
 * <p>What it shares with every system: {@link #noise} draws stand-in input images (uniform in
 * [−1, 1], shaped like the first domain) and {@link #sample} translates them from the first domain
 * to the last, so code that knows only {@link GanSystem} still gets images of the target domain;
 * sample grids, exports and evaluation of translations use {@link #translate} on real images.
 * {@link #exportableParts()} gives one translator per direction, named by
 * {@link #translatorName(String, String)}, made with
 * {@link dev.gan4j.core.export.ExportablePart#translator}.
 */
public interface TranslationSystem extends GanSystem {
    /** The domains' names, in the data's order ({@code ["A", "B"]}). */
    List<String> domains();

    /**
     * The translation of {@code images} from domain {@code from} to domain {@code to}, in
     * evaluation mode without recording a graph, each network's mode restored after.
     *
     * @param images [N, C, H, W] images of domain {@code from} in [−1, 1]
     * @return [N, C', H, W] images of domain {@code to} in [−1, 1]
     * @throws IllegalArgumentException naming the domains when one is unknown or they are the same,
     *                                  or naming both shapes when the images do not fit
     */
    Tensor translate(String from, String to, Tensor images);

    /** The name of the exported translator from one domain to another: {@code generator_AtoB}. */
    static String translatorName(String from, String to) {
        return "generator_" + from + "to" + to;
    }
}
