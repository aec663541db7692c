package dev.gan4j.examples.cli;

import dev.gan4j.core.config.ConfigLoader;
import dev.gan4j.core.data.IdxStreamReader;
import dev.gan4j.core.data.IdxStreamWriter;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.ImageFiles;
import dev.gan4j.core.image.ImageGrid;
import dev.gan4j.core.image.PngEncoding;
import dev.gan4j.core.spi.GanFamily;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.Device;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gan4j translate MODEL --in FILE.idx|DIR --out FILE.idx|DIR [--direction AtoB|BtoA] [--batch N]}:
 * translates images with a translation run's latest checkpoint or an exported translator
 * ({@code generator_AtoB.onnx}), streaming {@code --batch} images at a time, so the input may be
 * larger than memory. {@code --in} is an IDX file of uint8 images (0 to 255) or float32 images in
 * [−1, 1], [N, H, W] or [N, C, H, W], or a folder of PNG/JPEG images of the model's size;
 * {@code --out} is a float32 IDX file [N, C, H, W] in [−1, 1], or a folder that gets one PNG per
 * image (named after the input image, or by index).
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate images from one domain to the other with a translation model.")
public final class TranslateCommand implements Callable<Integer> {
    private final ConfigLoader configs;
    private final Map<String, GanFamily> families;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A translation run directory, or a translator .onnx "
            + "(generator_AtoB.onnx) written by gan4j export.")
    private Path model;

    @Option(names = "--in", required = true, paramLabel = "FILE.idx|DIR", description = "The images to translate.")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.idx|DIR", description = "Where the translations go.")
    private Path out;

    @Option(names = "--direction", paramLabel = "AtoB|BtoA",
            description = "Which way to translate (default: A to B; an .onnx model's own direction).")
    private String direction;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "N",
            description = "Images translated at a time (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--device", defaultValue = "cpu", paramLabel = "cpu|cuda|auto",
            description = "Where an .onnx MODEL runs (default: ${DEFAULT-VALUE}).")
    private String device;

    @Mixin
    private RunOptions runOptions;

    @Inject
    TranslateCommand(ConfigLoader configs, Map<String, GanFamily> families) {
        this.configs = configs;
        this.families = families;
    }

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be 1 or more, but was " + batch + ".");
        }
        long started = System.nanoTime();
        try (TranslationModel translator = TranslationModel.open(model, direction, Device.parse(device), configs,
                families, runOptions.dataContext()); ImageInput images = ImageInput.open(in, translator.inputShape())) {
            int[] shape = images.imageShape();
            if (!Arrays.equals(shape, translator.inputShape())) {
                throw new IllegalArgumentException("The images of --in " + in + " are " + describe(shape)
                        + ", but the model translates images of domain " + translator.from() + " of "
                        + describe(translator.inputShape()) + "; give images of that size.");
            }
            int n = images.count();
            boolean idx = isIdx(out);
            IdxStreamWriter writer = null;
            if (idx) {
                writer = IdxStreamWriter.create(out, n, shape[0], shape[1], shape[2]);
            } else {
                Files.createDirectories(out);
            }
            try {
                for (int done = 0; done < n; done += batch) {
                    int size = Math.min(batch, n - done);
                    Tensor translated = translator.translate(images.next(size));
                    if (writer != null) {
                        writer.append(translated);
                    } else {
                        writePngs(translated, images, done);
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (writer != null) {
                    writer.discard();
                }
                throw e;
            } finally {
                if (writer != null) {
                    writer.close();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().printf(Locale.ROOT, "Translated %d images %s to %s with %s in %.1f s to %s "
                            + "(peak heap %d MiB)%n", n, translator.from(), translator.to(), translator.origin(), seconds,
                    out, peakHeapBytes() >> 20);
        }
        return 0;
    }

    private void writePngs(Tensor translated, ImageInput images, int offset) throws IOException {
        for (int i = 0; i < translated.dim(0); i++) {
            Path file = out.resolve(images.name(offset + i));
            Files.write(file, PngEncoding.encode(ImageGrid.render(translated.slice(0, i, i + 1).detach(), 1)));
        }
    }

    private static boolean isIdx(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".idx") || name.endsWith(".idx.gz");
    }

    private static String describe(int[] shape) {
        return shape[1] + "×" + shape[2] + " with " + shape[0] + " channel" + (shape[0] == 1 ? "" : "s");
    }

    /** The most heap the JVM's heap pools have held, summed. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Images read a batch at a time from an IDX file or a folder. */
    private interface ImageInput extends AutoCloseable {
        int count();

        int[] imageShape();

        /** The next n images, [n, C, H, W] in [−1, 1]. */
        Tensor next(int n) throws IOException;

        /** The output file name of image i. */
        String name(int i);

        @Override
        void close() throws IOException;

        static ImageInput open(Path in, int[] modelShape) throws IOException {
            if (Files.isDirectory(in)) {
                ImageFiles files = ImageFiles.in(in);
                return new ImageInput() {
                    private int read;

                    @Override
                    public int count() {
                        return files.size();
                    }

                    @Override
                    public int[] imageShape() {
                        return modelShape.clone();
                    }

                    @Override
                    public Tensor next(int n) throws IOException {
                        Tensor t = files.read(read, read + n, modelShape[0], modelShape[1]);
                        read += n;
                        return t;
                    }

                    @Override
                    public String name(int i) {
                        String file = files.files().get(i).getFileName().toString();
                        return file.substring(0, file.lastIndexOf('.')) + ".png";
                    }

                    @Override
                    public void close() {
                    }
                };
            }
            if (!Files.isRegularFile(in)) {
                throw new IllegalArgumentException("--in " + in + " does not exist; give an IDX file of images or a "
                        + "folder of PNG/JPEG images.");
            }
            IdxStreamReader reader = IdxStreamReader.open(in);
            int[] dims = reader.dims();
            if ((dims.length != 3 && dims.length != 4) || (reader.type() != IdxType.UINT8
                    && reader.type() != IdxType.FLOAT32)) {
                reader.close();
                throw new IllegalArgumentException("--in " + in + " holds " + reader.type().label() + " values of shape "
                        + Arrays.toString(dims) + ", but translate reads images [N, H, W] or [N, C, H, W] as uint8 "
                        + "(0 to 255) or float32 (in [-1, 1]).");
            }
            int[] shape = dims.length == 3 ? new int[] {1, dims[1], dims[2]} : new int[] {dims[1], dims[2], dims[3]};
            boolean bytes = reader.type() == IdxType.UINT8;
            return new ImageInput() {
                @Override
                public int count() {
                    return reader.records();
                }

                @Override
                public int[] imageShape() {
                    return shape.clone();
                }

                @Override
                public Tensor next(int n) throws IOException {
                    Tensor raw = reader.next(n);
                    float[] v = raw.data();
                    if (bytes) {
                        for (int i = 0; i < v.length; i++) {
                            v[i] = v[i] / 127.5f - 1f;
                        }
                    }
                    return Tensor.of(v, raw.dim(0), shape[0], shape[1], shape[2]);
                }

                @Override
                public String name(int i) {
                    return String.format(Locale.ROOT, "%06d.png", i);
                }

                @Override
                public void close() throws IOException {
                    reader.close();
                }
            };
        }
    }
}
