package dev.gan4j.runtime.onnx.export;

import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.export.ExportablePart;
import dev.gan4j.core.export.ExportedTensor;
import dev.gan4j.core.nn.AxisMixing;
import dev.gan4j.core.nn.BatchNorm1d;
import dev.gan4j.core.nn.BatchNorm2d;
import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.Dropout;
import dev.gan4j.core.nn.Embedding;
import dev.gan4j.core.nn.Flatten;
import dev.gan4j.core.nn.Init;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.Reshape;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Sigmoid;
import dev.gan4j.core.nn.SymmetryMixing;
import dev.gan4j.core.nn.SpectralNorm;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.nn.Upsample;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;

/** Test networks that use every core layer with a writer, trained a little so their statistics are not the defaults. */
final class LayerZoo {
    private LayerZoo() {
    }

    /** One network through every float layer: z [N, 6] to [N, 3]. */
    static ExportablePart everyFloatLayer(Rng rng) {
        Sequential network = new Sequential(
                new Linear(6, 32, rng), new Reshape(2, 4, 4), new Conv2d(2, 4, 3, 1, 1, rng), new BatchNorm2d(4),
                new ReLU(), new ReflectionPad2d(1, 2, 1, 0), new InstanceNorm2d(4, 1e-5f, true),
                new ResidualBlock(4, rng), new Upsample(2),
                new SpectralNorm(new ConvTranspose2d(4, 2, 3, 2, 1, 1, true, rng), rng), new Dropout(0.3f, rng),
                new LeakyReLU(0.1f), new Sigmoid(),
                new SymmetryMixing(20, 28, Init.normal(0, 0.5), rng),
                new AxisMixing(AxisMixing.Axis.HEIGHT, 20, Init.normal(0, 0.3), rng),
                new AxisMixing(AxisMixing.Axis.WIDTH, 28, Init.normal(0, 0.3), rng), new Flatten(), new Linear(2 * 20 * 28, 5, rng),
                new BatchNorm1d(5), new Tanh(), new Linear(5, 3, false, rng));
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < 3; i++) {
                network.forward(Tensor.randn(rng, 8, 6).mul(1.5f).add(0.3f));
            }
        }
        network.train(false);
        return new ExportablePart("zoo", network,
                List.of(new ExportedTensor("z", ExportedTensor.ElementType.FLOAT32, new int[] {-1, 6}, "standard normal")),
                new ExportedTensor("y", ExportedTensor.ElementType.FLOAT32, new int[] {-1, 3}, "values"));
    }

    /** A label embedding: int64 labels [N] to vectors [N, 4]. */
    static ExportablePart embedding(Rng rng) {
        return new ExportablePart("embedding", new Embedding(10, 4, rng),
                List.of(new ExportedTensor("label", ExportedTensor.ElementType.INT64, new int[] {-1}, "class 0 to 9")),
                new ExportedTensor("y", ExportedTensor.ElementType.FLOAT32, new int[] {-1, 4}, "vectors"));
    }
}
