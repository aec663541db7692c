package dev.gan4j.runtime.onnx.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.export.UnsupportedLayerException;
import dev.gan4j.core.nn.AbstractLayer;
import dev.gan4j.core.nn.BatchNorm;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Dropout;
import dev.gan4j.core.nn.Embedding;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Sigmoid;
import dev.gan4j.core.nn.SpectralNorm;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.nn.Upsample;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.runtime.onnx.inference.ExportParity;
import dev.gan4j.runtime.onnx.inference.OnnxGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each writer on a small layer: ONNX Runtime's output equals the JVM's evaluation-mode forward pass within 1e-4, at batch 1, 3 and 17. */
class LayerWriterParityTest {
    @TempDir
    Path dir;

    private final Rng rng = new Rng(7);

    private void check(Layer layer, int[] in, int[] out) throws IOException {
        layer.train(false);
        ExportRoundTrip.check(ExportRoundTrip.part(layer, in, out), dir, 11);
    }

    @Test
    void linearWithAndWithoutBias() throws IOException {
        check(new Linear(5, 7, rng), new int[] {5}, new int[] {7});
        check(new Linear(6, 3, false, rng), new int[] {6}, new int[] {3});
    }

    @Test
    void linearOnRowsOfARankThreeInput() throws IOException {
        check(new Linear(4, 2, rng), new int[] {3, 4}, new int[] {3, 2});
    }

    @Test
    void conv2dOfOddGeometries() throws IOException {
        check(new Conv2d(3, 4, 3, 2, 1, rng), new int[] {3, 9, 7}, new int[] {4, 5, 4});
        check(new Conv2d(2, 3, 1, 1, 0, rng), new int[] {2, 4, 5}, new int[] {3, 4, 5});
        check(new Conv2d(2, 5, 5, 3, 2, false, rng), new int[] {2, 11, 13}, new int[] {5, 4, 5});
    }

    @Test
    void convTranspose2dWithPaddingAndOutputPadding() throws IOException {
        check(new ConvTranspose2d(3, 2, 4, 2, 1, rng), new int[] {3, 5, 5}, new int[] {2, 10, 10});
        // (H − 1)·s − 2p + k + op: (4 − 1)·2 − 2 + 3 + 1 = 8 and (6 − 1)·2 − 2 + 3 + 1 = 12
        check(new ConvTranspose2d(2, 3, 3, 2, 1, 1, true, rng), new int[] {2, 4, 6}, new int[] {3, 8, 12});
        // (3 − 1)·3 − 4 + 5 + 2 = 9 and (2 − 1)·3 − 4 + 5 + 2 = 6
        check(new ConvTranspose2d(2, 2, 5, 3, 2, 2, false, rng), new int[] {2, 3, 2}, new int[] {2, 9, 6});
        check(new ConvTranspose2d(1, 2, 3, 1, 0, rng), new int[] {1, 3, 3}, new int[] {2, 5, 5});
    }

    @Test
    void batchNorm2dUsesItsRunningStatistics() throws IOException {
        BatchNorm2d norm = new BatchNorm2d(3);
        randomise(norm);
        check(norm, new int[] {3, 4, 5}, new int[] {3, 4, 5});
        BatchNorm2d plain = new BatchNorm2d(2, 1e-3f, 0.1f, false);
        randomise(plain);
        check(plain, new int[] {2, 3, 3}, new int[] {2, 3, 3});
    }

    @Test
    void batchNorm1dOnFeaturesAndSequences() throws IOException {
        BatchNorm1d norm = new BatchNorm1d(6);
        randomise(norm);
        check(norm, new int[] {6}, new int[] {6});
        BatchNorm1d sequence = new BatchNorm1d(3);
        randomise(sequence);
        check(sequence, new int[] {3, 5}, new int[] {3, 5});
    }

    @Test
    void batchNormStatisticsLearnedInTrainingMode() throws IOException {
        BatchNorm2d norm = new BatchNorm2d(4);
        for (int i = 0; i < 5; i++) {
            norm.forward(Tensor.randn(rng, 8, 4, 3, 3).mul(3f).add(1.5f));
        }
        assertThat(norm.runningMean().data()[0]).isNotEqualTo(0f);
        check(norm, new int[] {4, 3, 3}, new int[] {4, 3, 3});
    }

    @Test
    void instanceNorm2dWithAndWithoutAffineMap() throws IOException {
        check(new InstanceNorm2d(3), new int[] {3, 5, 4}, new int[] {3, 5, 4});
        InstanceNorm2d affine = new InstanceNorm2d(2, 1e-5f, true);
        fill(affine.weight(), 0.5f, 2f);
        fill(affine.bias(), -1f, 1f);
        check(affine, new int[] {2, 4, 4}, new int[] {2, 4, 4});
    }

    @Test
    void activationsAndDropout() throws IOException {
        check(new ReLU(), new int[] {3, 4}, new int[] {3, 4});
        check(new LeakyReLU(0.2f), new int[] {7}, new int[] {7});
        check(new Tanh(), new int[] {2, 3, 3}, new int[] {2, 3, 3});
        check(new Sigmoid(), new int[] {5}, new int[] {5});
        check(new Dropout(0.5f, rng), new int[] {6}, new int[] {6});
    }

    @Test
    void nearestUpsamplingByTwoAndThree() throws IOException {
        check(new Upsample(2), new int[] {2, 3, 4}, new int[] {2, 6, 8});
        check(new Upsample(3), new int[] {1, 2, 3}, new int[] {1, 6, 9});
    }

    @Test
    void reflectionPaddingEvenAndUneven() throws IOException {
        check(new ReflectionPad2d(1), new int[] {2, 4, 5}, new int[] {2, 6, 7});
        check(new ReflectionPad2d(1, 2, 0, 3), new int[] {1, 5, 4}, new int[] {1, 8, 7});
    }

    @Test
    void flattenAndReshapeKeepTheBatchDynamic() throws IOException {
        check(new Flatten(), new int[] {2, 3, 4}, new int[] {24});
        check(new Reshape(2, 3, 4), new int[] {24}, new int[] {2, 3, 4});
        check(new Reshape(4, -1), new int[] {12}, new int[] {4, 3});
    }

    @Test
    void sequentialAndResidualBlocks() throws IOException {
        check(new Sequential(new Linear(4, 12, rng), new Reshape(3, 2, 2), new BatchNorm2d(3), new ReLU(),
                new Upsample(2), new Conv2d(3, 2, 3, 1, 1, rng), new Tanh()), new int[] {4}, new int[] {2, 4, 4});
        check(new ResidualBlock(3, rng), new int[] {3, 5, 5}, new int[] {3, 5, 5});
        check(new dev.gan4j.core.nn.ConcatSkip(new Sequential(new Conv2d(3, 4, 4, 2, 1, rng),
                new ConvTranspose2d(4, 2, 4, 2, 1, rng))), new int[] {3, 6, 6}, new int[] {5, 6, 6});
        ResidualBlock batchNormed = new ResidualBlock(2, BatchNorm2d::new, false, rng);
        for (Layer child : batchNormed.block().layers()) {
            if (child instanceof BatchNorm norm) {
                randomise(norm);
            }
        }
        check(batchNormed, new int[] {2, 4, 6}, new int[] {2, 4, 6});
    }

    @Test
    void spectralNormWritesTheNormalisedWeight() throws IOException {
        check(trained(new SpectralNorm(new Linear(5, 4, rng), rng), new int[] {6, 5}), new int[] {5}, new int[] {4});
        check(trained(new SpectralNorm(new Conv2d(2, 3, 3, 2, 1, rng), rng), new int[] {2, 2, 6, 6}),
                new int[] {2, 6, 6}, new int[] {3, 3, 3});
        check(trained(new SpectralNorm(new ConvTranspose2d(3, 2, 4, 2, 1, rng), rng), new int[] {2, 3, 3, 3}),
                new int[] {3, 3, 3}, new int[] {2, 6, 6});
    }

    @Test
    void embeddingTakesInt64Labels() throws IOException {
        Embedding embedding = new Embedding(10, 4, rng);
        ExportablePart part = new ExportablePart("embedding", embedding,
                List.of(ExportRoundTrip.tensor("label", new int[0], ExportedTensor.ElementType.INT64)),
                ExportRoundTrip.tensor("y", new int[] {4}, ExportedTensor.ElementType.FLOAT32));
        Path file = new OnnxExporter().write(part, ExportMetadata.none(), dir.resolve("embedding.onnx"));
        try (OnnxGenerator model = OnnxGenerator.open(file)) {
            Tensor labels = Tensor.of(new float[] {3, 0, 9, 3, 7}, 5);
            var report = ExportParity.compare(part, model, Map.of("label", labels));
            assertThat(report.maxAbsoluteError()).isZero();
        }
    }

    @Test
    void aLayerWithoutAWriterFailsExportNamingItsClass() {
        Layer custom = new Sequential(new Linear(3, 3, rng), new Doubling());
        ExportablePart part = ExportRoundTrip.part(custom, new int[] {3}, new int[] {3});
        assertThatThrownBy(() -> new OnnxExporter().model(part, ExportMetadata.none()))
                .isInstanceOf(UnsupportedLayerException.class)
                .hasMessageContaining(Doubling.class.getName())
                .hasMessageContaining("META-INF/services/dev.gan4j.core.export.LayerWriter");
    }

    /** A layer of a plugin that brought no writer. */
    static final class Doubling extends AbstractLayer {
        @Override
        public Tensor forward(Tensor input) {
            return input.mul(2f);
        }
    }

    /** Runs {@code layer} in training mode on a few batches so the power iteration moves u and v. */
    private Layer trained(SpectralNorm layer, int[] batchShape) {
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < 3; i++) {
                layer.forward(Tensor.randn(rng, batchShape));
            }
        }
        return layer;
    }

    private void randomise(BatchNorm norm) {
        fill(norm.runningMean(), -2f, 2f);
        fill(norm.runningVar(), 0.2f, 4f);
        if (norm.weight() != null) {
            fill(norm.weight(), 0.5f, 1.5f);
            fill(norm.bias(), -0.5f, 0.5f);
        }
    }

    private void fill(Tensor tensor, float low, float high) {
        float[] data = tensor.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = low + (high - low) * rng.nextFloat();
        }
    }

}
