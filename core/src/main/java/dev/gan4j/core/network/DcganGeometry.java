package dev.gan4j.core.network;

import dev.gan4j.core.spi.DataSpec;
import java.util.Arrays;

/**
 * How a DCGAN reaches an image size: from a {@code startSide}² map, {@code stages} stride-2
 * (transposed) convolutions of kernel 4 and padding 1 each double the side. A 28×28 image is
 * 7·2², a 32×32 one 4·2³, a 64×64 one 4·2⁴.
 *
 * @param channels  the image's channels
 * @param side      the image's height and width
 * @param startSide 7 or 4: the side of the smallest feature map
 * @param stages    the number of doublings, 1 or more
 */
record DcganGeometry(int channels, int side, int startSide, int stages) {

    /** The geometry for the data, or a sentence saying which image sizes the dcgan type supports. */
    static DcganGeometry of(DataSpec data) {
        int[] shape = data.sampleShape();
        if (!data.isImage()) {
            throw new IllegalArgumentException("The dcgan network type builds convolutional networks for images [C, H, W], "
                    + "but the data " + data.name() + " has samples of shape " + Arrays.toString(shape)
                    + "; use \"network\": {\"type\": \"mlp\"} for vector data.");
        }
        int channels = shape[0];
        int height = shape[1];
        int width = shape[2];
        if (height != width) {
            throw new IllegalArgumentException("The dcgan network type needs square images, but the data " + data.name()
                    + " has images of " + height + "×" + width + "; resize them or use the mlp network type.");
        }
        for (int start : new int[] {7, 4}) {
            int stages = doublings(height, start);
            if (stages >= 1) {
                return new DcganGeometry(channels, height, start, stages);
            }
        }
        throw new IllegalArgumentException("The dcgan network type needs images whose side is 7 or 4 times a power of "
                + "two (14, 28, 56, ... or 8, 16, 32, 64, ...), but the data " + data.name() + " has images of " + height
                + "×" + width + "; resize them or use the mlp network type.");
    }

    /** k with side = start·2ᵏ, or −1 when there is none. */
    private static int doublings(int side, int start) {
        if (side % start != 0) {
            return -1;
        }
        int ratio = side / start;
        return Integer.bitCount(ratio) == 1 ? Integer.numberOfTrailingZeros(ratio) : -1;
    }

    /** The channels of the smallest feature map: base·2^(stages − 1). */
    int deepestChannels(int baseChannels) {
        long channels = (long) baseChannels << (stages - 1);
        if (channels > Integer.MAX_VALUE / (startSide * startSide)) {
            throw new IllegalArgumentException("The dcgan network's baseChannels " + baseChannels + " gives "
                    + channels + " channels at the deepest of its " + stages + " stages, which is too many; lower it.");
        }
        return (int) channels;
    }
}
