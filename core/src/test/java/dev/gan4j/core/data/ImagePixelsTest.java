package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one conversion of a picture to model input: from bytes as from a file, grey by luma, resized, in [-1, 1]. */
class ImagePixelsTest {
    @TempDir
    Path dir;

    @Test
    void bytesDecodeToTheSameModelInputAsTheFileTheyCameFrom() throws IOException {
        BufferedImage picture = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                picture.setRGB(x, y, (x * 40) << 16 | (y * 60) << 8 | (x + y) * 20);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", bytes);
        Path file = Files.write(dir.resolve("picture.png"), bytes.toByteArray());

        float[] fromFile = ImagePixels.modelInput(ImagePixels.decode(file), 1, 3);
        float[] fromBytes = ImagePixels.modelInput(ImagePixels.decode(bytes.toByteArray(), "mem:picture.png"), 1, 3);

        assertThat(fromBytes).containsExactly(fromFile);
        assertThat(fromFile).hasSize(9);
        for (float v : fromFile) {
            assertThat(v).isBetween(-1f, 1f);
        }
        float[] sameSize = ImagePixels.modelInput(ImagePixels.decode(file), 1, 4);
        float r = 40 / 255f;
        float g = 0f;
        float b = 20 / 255f;
        // at the model's side the 6x4 picture is cropped to its centred 4x4 square, which starts at column 1:
        // value (0, 0) is pixel (1, 0), grey by the BT.601 luma
        assertThat(sameSize[0]).isEqualTo((0.299f * r + 0.587f * g + 0.114f * b) * 2f - 1f);
    }

    @Test
    void bytesThatAreNoImageAreNamedByTheirOrigin() {
        assertThatThrownBy(() -> ImagePixels.decode(new byte[] {1, 2, 3}, "hdfs:///photos/broken.png"))
                .isInstanceOf(IOException.class)
                .hasMessage("The image hdfs:///photos/broken.png cannot be read: it is not a PNG or JPEG image that "
                        + "javax.imageio can decode; replace or remove the file.");
    }
}
