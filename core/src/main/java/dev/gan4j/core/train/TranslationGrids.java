package dev.gan4j.core.train;

import dev.gan4j.core.data.Dataset;
import dev.gan4j.core.data.InMemoryDataset;
import dev.gan4j.core.data.UnpairedDataset;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.io.AtomicFile;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample pictures of a translation run: on each sample step, {@code samples/step-000500.png}
 * (and {@code samples/latest.png}) shows fixed real images of every domain each beside its
 * translation into the next domain and that translation's reconstruction, as triplets (input |
 * translated | reconstructed): for domains A and B, each row is x_A, G(x_A), F(G(x_A)), then
 * x_B, F(x_B), G(F(x_B)). The inputs are drawn once per run from {@link RunSeeds#referenceData()},
 * so every picture of a run (resumed or not) shows the same images. It draws nothing for a system
 * that is not a {@link TranslationSystem} on unpaired data, or without a run directory.
 */
public final class TranslationGrids implements TrainingListener {
    /** The most rows of a picture. */
    static final int MAX_ROWS = 8;

    private Path directory;
    private TranslationSystem system;
    private final Map<String, Tensor> inputs = new LinkedHashMap<>();

    /** Pictures that draw their fixed inputs when training starts. */
    public TranslationGrids() {
        // per-run state is set in onStart
    }

    @Override
    public void onStart(TrainingStart start) {
        directory = null;
        inputs.clear();
        if (start.runDirectory().isEmpty() || !(start.system() instanceof TranslationSystem translation)
                || !(start.dataset() instanceof UnpairedDataset unpaired)) {
            return;
        }
        int rows = Math.max(1, Math.min(MAX_ROWS, (int) Math.sqrt(start.training().gridSize())));
        Rng rng = start.seeds().referenceData();
        for (String domain : translation.domains()) {
            Dataset data = unpaired.domains().get(domain);
            int n = data instanceof InMemoryDataset held ? Math.min(rows, held.size()) : rows;
            inputs.put(domain, data.batches(n, rng.split()).next().inputs());
        }
        system = translation;
        directory = start.runDirectory().get().samplesDirectory();
    }

    @Override
    public void onSampleTime(SampleRequest request) {
        if (directory == null) {
            return;
        }
        byte[] png = PngEncoding.encode(ImageGrid.render(triplets(system, inputs), 3 * inputs.size()));
        Path file = directory.resolve(String.format("step-%06d.png", request.step()));
        try {
            AtomicFile.write(file, png);
            AtomicFile.write(directory.resolve("latest.png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the translation picture " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The images of a triplet picture, row by row: for each row r and each domain d (in order),
     * input r of d, its translation into the next domain, and the translation back. Rows beyond a
     * domain's inputs repeat its last one.
     *
     * @param inputs [n, C, H, W] real images of each domain, by name
     */
    public static Tensor triplets(TranslationSystem system, Map<String, Tensor> inputs) {
        List<String> domains = new ArrayList<>(inputs.keySet());
        Map<String, Tensor[]> columns = new LinkedHashMap<>();
        int rows = 0;
        for (int i = 0; i < domains.size(); i++) {
            String from = domains.get(i);
            String to = domains.get((i + 1) % domains.size());
            Tensor x = inputs.get(from);
            Tensor translated = system.translate(from, to, x);
            Tensor back = system.translate(to, from, translated);
            columns.put(from, new Tensor[] {x, translated, back});
            rows = Math.max(rows, x.dim(0));
        }
        List<Tensor> images = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (Tensor[] triplet : columns.values()) {
                for (Tensor column : triplet) {
                    int at = Math.min(r, column.dim(0) - 1);
                    images.add(column.slice(0, at, at + 1));
                }
            }
        }
        return Tensor.concat(0, images).detach();
    }
}
