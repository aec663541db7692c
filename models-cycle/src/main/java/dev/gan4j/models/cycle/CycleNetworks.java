package dev.gan4j.models.cycle;

import dev.gan4j.core.spi.BuildContext;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Discriminator;
import dev.gan4j.core.spi.NetworkConfig;
import dev.gan4j.core.spi.Translator;
import java.util.ArrayList;
import java.util.List;

/**
 * The four networks of a translation by direct transformation between two domains A and B:
 * G: A → B and F: B → A, and a discriminator per domain that tells its real images from the other
 * generator's translations. Built in this order from the initialisation generator.
 *
 * @param a       the first domain's name
 * @param b       the second domain's name
 * @param dataA   the first domain's spec
 * @param dataB   the second domain's spec
 * @param aToB    G, translating A into B
 * @param bToA    F, translating B into A
 * @param criticA judges images of A (real, or F's)
 * @param criticB judges images of B (real, or G's)
 */
record CycleNetworks(String a, String b, DataSpec dataA, DataSpec dataB, Translator aToB, Translator bToA,
                     Discriminator criticA, Discriminator criticB) {

    /**
     * The networks for unpaired data of two domains.
     *
     * @param family the family id, for messages
     * @throws IllegalArgumentException when the data is not two unpaired domains, or a network
     *                                  config cannot build its role for the images
     */
    static CycleNetworks build(String family, NetworkConfig generator, NetworkConfig discriminator,
                               BuildContext context) {
        DataSpec data = context.data();
        if (!data.isUnpaired()) {
            throw new IllegalArgumentException("The " + family + " family translates between two unpaired domains, but "
                    + "the data " + data + " is a single domain; give {\"type\": \"unpaired\", \"domains\": {\"A\": "
                    + "{...}, \"B\": {...}}}.");
        }
        List<String> domains = new ArrayList<>(data.domains().keySet());
        if (domains.size() != 2) {
            throw new IllegalArgumentException("The " + family + " family translates between two domains, but the data "
                    + "has " + domains.size() + ": " + domains + "; give exactly two under data.domains.");
        }
        String a = domains.get(0);
        String b = domains.get(1);
        DataSpec dataA = data.domain(a);
        DataSpec dataB = data.domain(b);
        for (DataSpec d : new DataSpec[] {dataA, dataB}) {
            if (!d.isImage()) {
                throw new IllegalArgumentException("The " + family + " family translates images [C, H, W], but a "
                        + "domain of the data has samples of shape " + java.util.Arrays.toString(d.sampleShape()) + ".");
            }
        }
        Translator aToB = context.translator(generator, family + ".generator", a, b);
        Translator bToA = context.translator(generator, family + ".generator", b, a);
        Discriminator criticA = context.discriminator(discriminator, a, 1);
        Discriminator criticB = context.discriminator(discriminator, b, 1);
        return new CycleNetworks(a, b, dataA, dataB, aToB, bToA, criticA, criticB);
    }

    /** The network name of the translator from one domain to the other ({@code "generator_AtoB"}). */
    String aToBName() {
        return dev.gan4j.core.spi.TranslationSystem.translatorName(a, b);
    }

    /** The network name of the translator back ({@code "generator_BtoA"}). */
    String bToAName() {
        return dev.gan4j.core.spi.TranslationSystem.translatorName(b, a);
    }

    /** The network name of a domain's discriminator ({@code "discriminator_A"}). */
    static String criticName(String domain) {
        return "discriminator_" + domain;
    }
}
