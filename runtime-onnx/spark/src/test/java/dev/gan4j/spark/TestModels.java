package dev.gan4j.spark;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.config.CanonicalJson;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.export.TranslationMetadata;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.SoftwareVersions;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.TranslationSystem;
import dev.gan4j.core.testing.BuildContexts;
import dev.gan4j.models.cgan.CganConfig;
import dev.gan4j.models.cgan.CganFamily;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.export.ExportMetadata;
import dev.gan4j.runtime.onnx.export.OnnxExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small exported models made in the test itself: a generator of 8x8 grey images, a feature model
 * for them, and translators between domains of such images.
 */
final class TestModels {
    /** The generator's noise size: odd, so noise pairs straddle samples and blocks end on a half pair. */
    static final int LATENT = 5;
    static final int SIDE = 8;
    static final int FEATURES = 6;

    private TestModels() {
    }

    /** A generator z [N, 5] -> images [N, 1, 8, 8] in (-1, 1), written as {@code dir/generator.onnx}. */
    static Path generator(Path dir) throws IOException {
        return generator(dir, 7);
    }

    /** The same generator with weights drawn from {@code seed}: other bytes, so another SHA-256. */
    static Path generator(Path dir, long seed) throws IOException {
        Rng rng = new Rng(seed);
        Sequential network = new Sequential(new Linear(LATENT, 32, rng), new LeakyReLU(0.2f),
                new Linear(32, SIDE * SIDE, rng), new Tanh(), new Reshape(1, SIDE, SIDE));
        network.train(false);
        ExportablePart part = ExportablePart.generator("generator", network, LATENT,
                new int[] {1, SIDE, SIDE});
        return new OnnxExporter().write(part, metadata(), dir.resolve("generator.onnx"));
    }

    /** A feature model images [N, 1, 8, 8] -> features [N, 6] (output {@code sample}), written as {@code dir/features.onnx}. */
    static Path features(Path dir) throws IOException {
        Rng rng = new Rng(9);
        Sequential network = new Sequential(new Flatten(), new Linear(SIDE * SIDE, 16, rng), new LeakyReLU(0.2f),
                new Linear(16, FEATURES, rng));
        network.train(false);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            network.forward(Tensor.zeros(1, 1, SIDE, SIDE));
        }
        ExportablePart part = new ExportablePart("features", network,
                List.of(new ExportedTensor("images", ExportedTensor.ElementType.FLOAT32,
                        new int[] {ExportedTensor.BATCH, 1, SIDE, SIDE}, "images in [-1, 1]")),
                new ExportedTensor("sample", ExportedTensor.ElementType.FLOAT32,
                        new int[] {ExportedTensor.BATCH, FEATURES}, "feature vectors"));
        return new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("features.onnx"));
    }

    /**
     * The translators gan4j export writes for a translation run over {@code domains}: one per
     * ordered pair, {@code dir/generator_<from>to<to>.onnx} (images [N, 1, 8, 8] in [-1, 1] to the
     * same), each with weights of its own so a test can tell which one translated.
     */
    static Path translators(Path dir, String... domains) throws IOException {
        long seed = 20;
        for (String from : domains) {
            for (String to : domains) {
                if (!from.equals(to)) {
                    translator(dir, from, to, seed++);
                }
            }
        }
        return dir;
    }

    /** The translator {@code from} to {@code to} with weights drawn from {@code seed}, as {@code dir/generator_<from>to<to>.onnx}. */
    static Path translator(Path dir, String from, String to, long seed) throws IOException {
        Rng rng = new Rng(seed);
        Sequential network = new Sequential(new Flatten(), new Linear(SIDE * SIDE, 16, rng), new LeakyReLU(0.2f),
                new Linear(16, SIDE * SIDE, rng), new Tanh(), new Reshape(1, SIDE, SIDE));
        network.train(false);
        int[] shape = {1, SIDE, SIDE};
        String name = TranslationSystem.translatorName(from, to);
        ExportablePart part = ExportablePart.translator(name, network,
                new TranslationMetadata(from, to, "images-" + from, "images-" + to, shape, shape));
        return new OnnxExporter().write(part, metadata(), dir.resolve(name + ".onnx"));
    }

    /** A cgan generator of 28x28 images for class labels (untrained weights), written as {@code dir/cgan.onnx}. */
    static Path conditionalGenerator(Path dir) throws IOException {
        CganConfig config = new CganConfig(null, 8, null, null, null, null, null, null, null, null, "label", null, 4,
                null, null, null, 16, null, null, null);
        ConditionalSystem system = (ConditionalSystem) new CganFamily().build(config,
                BuildContexts.installed(new DataSpec("fashion-mnist", new int[] {1, 28, 28}, 10), 1));
        ExportablePart part = system.exportableParts().get(0);
        part.network().train(false);
        return new OnnxExporter().write(part, metadata(), dir.resolve("cgan.onnx"));
    }

    private static ExportMetadata metadata() {
        String config = "{\"family\":{\"type\":\"gan\"},\"training\":{\"seed\":5}}";
        String canonical = new CanonicalJson().compact(new CanonicalJson().read(config));
        RunProvenance provenance = new RunProvenance("gan", canonical, CanonicalJson.sha256(canonical), 5, 2,
                "images: 1x8x8", SoftwareVersions.current());
        return ExportMetadata.of(provenance, config);
    }
}
