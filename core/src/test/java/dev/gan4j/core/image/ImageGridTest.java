package dev.gan4j.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Sample grids: layout, size, value mapping, PNG encoding. */
class ImageGridTest {
    @Test
    void tenGrayImagesMakeAFourByThreeGridWithOnePixelBorders() throws IOException {
        Tensor images = Tensor.uniform(new Rng(1), -1, 1, 10, 1, 28, 28);
        BufferedImage grid = ImageGrid.render(images);
        assertThat(grid.getWidth()).isEqualTo(4 * 29 + 1);
        assertThat(grid.getHeight()).isEqualTo(3 * 29 + 1);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoding.encode(grid)));
        assertThat(decoded.getWidth()).isEqualTo(117);
        assertThat(decoded.getHeight()).isEqualTo(88);
        Set<Integer> grays = new HashSet<>();
        for (int y = 1; y < 29; y++) {
            for (int x = 1; x < 29; x++) {
                grays.add(decoded.getRaster().getSample(x, y, 0));
            }
        }
        assertThat(grays).as("distinct gray levels in the first image").hasSizeGreaterThan(100);
        assertThat(decoded.getRaster().getSample(0, 0, 0)).isEqualTo(ImageGrid.BORDER);
        assertThat(decoded.getRaster().getSample(29, 5, 0)).isEqualTo(ImageGrid.BORDER);
    }

    @Test
    void pixelValuesMapMinusOneToBlackAndOneToWhite() {
        Tensor image = Tensor.of(new float[] {-1, 1, 0, 5, -7, Float.NaN}, 1, 1, 1, 6);
        BufferedImage grid = ImageGrid.render(image);
        int[] row = new int[6];
        grid.getRaster().getSamples(1, 1, 6, 1, 0, row);
        assertThat(row).containsExactly(0, 255, 128, 255, 0, 0);
    }

    @Test
    void threeChannelsMakeAColourPicture() {
        float[] rgb = new float[3 * 2 * 2];
        java.util.Arrays.fill(rgb, 0, 4, 1f);
        java.util.Arrays.fill(rgb, 4, 12, -1f);
        BufferedImage grid = ImageGrid.render(Tensor.of(rgb, 1, 3, 2, 2));
        assertThat(grid.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(grid.getRGB(1, 1) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void squareCountsMakeSquareGrids() {
        assertThat(ImageGrid.columns(100)).isEqualTo(10);
        assertThat(ImageGrid.columns(64)).isEqualTo(8);
        assertThat(ImageGrid.columns(1)).isEqualTo(1);
        assertThat(ImageGrid.columns(65)).isEqualTo(9);
    }

    @Test
    void twoChannelImagesAreRefusedNamingTheShape() {
        assertThatThrownBy(() -> ImageGrid.render(Tensor.zeros(4, 2, 8, 8)))
                .hasMessage("A sample grid takes images of shape [N, C, H, W] with N at least 1 and C = 1 (grayscale) "
                        + "or 3 (RGB), but got [4, 2, 8, 8].");
    }

    @Test
    void scatterPlotDrawsSamplesAndRealPoints() {
        Tensor real = Tensor.of(new float[] {-1, -1, 1, 1}, 2, 2);
        Tensor samples = Tensor.of(new float[] {0, 0}, 1, 2);
        BufferedImage plot = ScatterPlot.render(samples, real, 100);
        assertThat(plot.getWidth()).isEqualTo(100);
        assertThat(plot.getRGB(50, 50) & 0xffffff).as("sample at the centre").isNotEqualTo(0xffffff);
        assertThat(plot.getRGB(5, 5) & 0xffffff).as("empty corner").isEqualTo(0xffffff);
    }

    @Test
    void scatterPlotRefusesPointsOfOtherDimensions() {
        assertThatThrownBy(() -> ScatterPlot.render(Tensor.zeros(3, 3), Tensor.zeros(3, 2), 100))
                .hasMessage("A scatter plot takes samples of shape [N, 2], but got [3, 3].");
    }
}
