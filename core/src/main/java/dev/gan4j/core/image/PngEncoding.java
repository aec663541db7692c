package dev.gan4j.core.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Encodes a picture as PNG bytes, so the caller can write them however it likes (atomically, say). */
public final class PngEncoding {
    private PngEncoding() {
    }

    /** The PNG encoding of {@code picture}. */
    public static byte[] encode(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IllegalStateException("This Java runtime has no PNG writer for images of type "
                        + picture.getType() + "; javax.imageio always provides one for gray and RGB images.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding a PNG in memory failed.", e);
        }
        return out.toByteArray();
    }
}
