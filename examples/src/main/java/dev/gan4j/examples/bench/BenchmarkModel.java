package dev.gan4j.examples.bench;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.ReferenceNetworks;
import dev.gan4j.core.tensor.Rng;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark models: the two of {@code shared/bench/torch_gan_bench.py} and the CycleGAN of
 * {@code shared/bench/torch_cyclegan_bench.py}, built from the same layers in the same order, so
 * gan4j and PyTorch time the same arithmetic.
 */
public enum BenchmarkModel {
    /** Three-layer MLP generator and discriminator on flat 784-pixel images. */
    MLP(new int[] {64, 784}),
    /** The small DCGAN on 1×28×28 images. */
    DCGAN(new int[] {64, 1, 28, 28}),
    /** CycleGAN: two ResNet generators and two PatchGAN discriminators on batches of 4 1×28×28 images. */
    CYCLEGAN(new int[] {4, 1, 28, 28});

    private final int[] realShape;

    BenchmarkModel(int[] realShape) {
        this.realShape = realShape;
    }

    /** The id used on the command line and in the JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The shape of one batch of real data. */
    public int[] realShape() {
        return realShape.clone();
    }

    /** The PyTorch script that times this model, in the folder of torch_gan_bench.py. */
    public String torchScript() {
        return this == CYCLEGAN ? "torch_cyclegan_bench.py" : "torch_gan_bench.py";
    }

    /** Whether the model's generator maps noise to images (so {@code gan4j bench --inference} can time it). */
    public boolean samplesFromNoise() {
        return this != CYCLEGAN;
    }

    /** The model built from seed 0, ready to train one iteration at a time. */
    public TrainingStep newTrainingStep() {
        return this == CYCLEGAN ? new CycleGanTrainingStep() : new GanTrainingStep(this);
    }

    /** The generator, initialised from {@code rng}. */
    public Layer generator(Rng rng) {
        return switch (this) {
            case MLP -> ReferenceNetworks.mlpGenerator(rng);
            case DCGAN -> ReferenceNetworks.dcganGenerator(rng);
            case CYCLEGAN -> CycleGanNetworks.generator(rng);
        };
    }

    /** The discriminator, initialised from {@code rng}. */
    public Layer discriminator(Rng rng) {
        return switch (this) {
            case MLP -> ReferenceNetworks.mlpDiscriminator(rng);
            case DCGAN -> ReferenceNetworks.dcganDiscriminator(rng);
            case CYCLEGAN -> CycleGanNetworks.discriminator(rng);
        };
    }

    /** The model with the given id, or an error that lists the known ones. */
    public static BenchmarkModel byId(String id) {
        for (BenchmarkModel m : values()) {
            if (m.id().equals(id.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown benchmark model '" + id + "'. Known models: "
                + Arrays.stream(values()).map(BenchmarkModel::id).collect(Collectors.joining(", ")) + ".");
    }
}
