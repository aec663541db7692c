package dev.gan4j.core.image;

import dev.gan4j.core.tensor.Tensor;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A picture of 2-D samples over the real data they imitate: real points in light blue, samples in
 * red, on white, with the view fixed by the real data (its bounding box, widened by a quarter on
 * each side) so pictures drawn over a run are comparable. Samples outside the view are not drawn.
 */
public final class ScatterPlot {
    private static final Color REAL = new Color(150, 190, 230);
    private static final Color SAMPLE = new Color(200, 30, 30);

    private ScatterPlot() {
    }

    /**
     * Draws {@code samples} over {@code real}.
     *
     * @param samples [N, 2] generated points
     * @param real    [M, 2] real points, M at least 1
     * @param size    the picture's width and height in pixels
     */
    public static BufferedImage render(Tensor samples, Tensor real, int size) {
        requirePoints("samples", samples);
        requirePoints("real data", real);
        if (real.dim(0) == 0) {
            throw new IllegalArgumentException("A scatter plot needs at least one real point to fix its view.");
        }
        if (size < 16) {
            throw new IllegalArgumentException("A scatter plot needs at least 16 by 16 pixels, but size was " + size
                    + ".");
        }
        float[] r = real.data();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.length; i += 2) {
            minX = Math.min(minX, r[i]);
            maxX = Math.max(maxX, r[i]);
            minY = Math.min(minY, r[i + 1]);
            maxY = Math.max(maxY, r[i + 1]);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6) * 1.5;
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        View view = new View(centreX - span / 2, centreY - span / 2, span, size);
        BufferedImage picture = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(REAL);
            dots(g, r, view, 3);
            g.setColor(SAMPLE);
            dots(g, samples.data(), view, 3);
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static void dots(Graphics2D g, float[] xy, View view, int diameter) {
        for (int i = 0; i < xy.length; i += 2) {
            if (!Float.isFinite(xy[i]) || !Float.isFinite(xy[i + 1])) {
                continue;
            }
            double px = (xy[i] - view.left) / view.span * view.size;
            double py = view.size - (xy[i + 1] - view.bottom) / view.span * view.size;
            if (px >= 0 && px < view.size && py >= 0 && py < view.size) {
                g.fillOval((int) px - diameter / 2, (int) py - diameter / 2, diameter, diameter);
            }
        }
    }

    private static void requirePoints(String what, Tensor points) {
        if (points.rank() != 2 || points.dim(1) != 2) {
            throw new IllegalArgumentException("A scatter plot takes " + what + " of shape [N, 2], but got "
                    + points.shape() + ".");
        }
    }

    private record View(double left, double bottom, double span, int size) {
    }
}
