package dev.gan4j.examples.bench;

import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.ReferenceNetworks;
import dev.gan4j.core.tensor.Rng;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two models of {@code shared/bench/torch_gan_bench.py}, built from the same layers in the
 * same order, so gan4j and PyTorch time the same arithmetic.
 */
public enum BenchmarkModel {
    /** Three-layer MLP generator and discriminator on flat 784-pixel images. */
    MLP(new int[] {64, 784}),
    /** The small DCGAN on 1×28×28 images. */
    DCGAN(new int[] {64, 1, 28, 28});

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

    /** The generator, initialised from {@code rng}. */
    public Layer generator(Rng rng) {
        return this == MLP ? ReferenceNetworks.mlpGenerator(rng) : ReferenceNetworks.dcganGenerator(rng);
    }

    /** The discriminator, initialised from {@code rng}. */
    public Layer discriminator(Rng rng) {
        return this == MLP ? ReferenceNetworks.mlpDiscriminator(rng) : ReferenceNetworks.dcganDiscriminator(rng);
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
