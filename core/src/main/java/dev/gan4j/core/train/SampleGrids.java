package dev.gan4j.core.train;

import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.image.ScatterPlot;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a picture of samples on each sample step: {@code samples/step-000500.png} and a copy as
 * {@code samples/latest.png}. The noise is drawn once per run, from
 * {@link RunSeeds#sampleNoise()}, so every picture of a run (resumed or not) shows the same noise
 * passing through the network as it trains.
 *
 * <p>Images ([C, H, W], C = 1 or 3) become a square grid of {@code training.gridSize} samples;
 * 2-D vectors become a scatter plot of at least {@value #SCATTER_POINTS} samples over as many real
 * points, drawn from
 * {@link RunSeeds#referenceData()}. Other data is not drawn, and neither are translation systems,
 * whose pictures {@link TranslationGrids} draws. Without a run directory it writes nothing.
 */
public final class SampleGrids implements TrainingListener {
    /** The width and height of scatter plots. */
    static final int SCATTER_SIZE = 512;
    /** The fewest samples (and real points) in a scatter plot: enough to see which modes are covered. */
    static final int SCATTER_POINTS = 1000;

    private Path directory;
    private Tensor noise;
    private Tensor reference;

    /** Pictures that draw their fixed noise when training starts. */
    public SampleGrids() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        directory = null;
        DataSpec spec = start.dataset().spec();
        boolean image = spec.isImage() && (spec.sampleShape()[0] == 1 || spec.sampleShape()[0] == 3);
        boolean points = spec.sampleShape().length == 1 && spec.sampleShape()[0] == 2;
        if (start.runDirectory().isEmpty() || !(image || points)
                || start.system() instanceof dev.gan4j.core.spi.TranslationSystem) {
            return;
        }
        int n = points ? Math.max(start.training().gridSize(), SCATTER_POINTS) : start.training().gridSize();
        noise = start.system().noise(n, start.seeds().sampleNoise());
        reference = points ? start.dataset().batches(n, start.seeds().referenceData()).next().inputs() : null;
        directory = start.runDirectory().get().samplesDirectory();
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        if (directory == null) {
            return;
        }
        Tensor samples = request.sample(noise);
        BufferedImage picture = reference == null ? ImageGrid.render(samples)
                : ScatterPlot.render(samples, reference, SCATTER_SIZE);
        byte[] png = PngEncoding.encode(picture);
        Path file = directory.resolve(String.format("step-%06d.png", request.step()));
        try {
            AtomicFile.write(file, png);
            AtomicFile.write(directory.resolve("latest.png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the sample picture " + file + " failed: " + e.getMessage(), e);
        }
    }
}
