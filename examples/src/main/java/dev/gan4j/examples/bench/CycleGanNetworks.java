package dev.gan4j.examples.bench;

import dev.gan4j.core.nn.Conv2d;
import dev.gan4j.core.nn.ConvTranspose2d;
import dev.gan4j.core.nn.InstanceNorm2d;
import dev.gan4j.core.nn.Layer;
import dev.gan4j.core.nn.LeakyReLU;
import dev.gan4j.core.nn.ReLU;
import dev.gan4j.core.nn.ReflectionPad2d;
import dev.gan4j.core.nn.ResidualBlock;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.tensor.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The networks of {@code torch_cyclegan_bench.py}, layer for layer, for 1×28×28 images: the
 * ResNet generator (ngf 32, 6 residual blocks, instance norm without an affine map, convolutions
 * with biases, reflection padding) and the PatchGAN discriminator (ndf 64, 5×5 patch scores).
 * The benchmark builds them from the engine's layers, so it does not depend on core's network types.
 */
final class CycleGanNetworks {
    private static final int NGF = 32;
    private static final int NDF = 64;
    private static final int BLOCKS = 6;

    private CycleGanNetworks() {
    }

    /** The ResNet generator, 1×28×28 to 1×28×28, with weights drawn from {@code rng} layer by layer. */
    static Layer generator(Rng rng) {
        List<Layer> layers = new ArrayList<>(List.of(
                new ReflectionPad2d(3), new Conv2d(1, NGF, 7, 1, 0, rng), new InstanceNorm2d(NGF), new ReLU(),
                new Conv2d(NGF, 2 * NGF, 3, 2, 1, rng), new InstanceNorm2d(2 * NGF), new ReLU(),
                new Conv2d(2 * NGF, 4 * NGF, 3, 2, 1, rng), new InstanceNorm2d(4 * NGF), new ReLU()));
        for (int i = 0; i < BLOCKS; i++) {
            layers.add(new ResidualBlock(4 * NGF, rng));
        }
        layers.addAll(List.of(
                new ConvTranspose2d(4 * NGF, 2 * NGF, 3, 2, 1, 1, true, rng), new InstanceNorm2d(2 * NGF), new ReLU(),
                new ConvTranspose2d(2 * NGF, NGF, 3, 2, 1, 1, true, rng), new InstanceNorm2d(NGF), new ReLU(),
                new ReflectionPad2d(3), new Conv2d(NGF, 1, 7, 1, 0, rng), new Tanh()));
        return new Sequential(layers);
    }

    /** The PatchGAN discriminator, 1×28×28 to 1×5×5 scores, with weights drawn from {@code rng} layer by layer. */
    static Layer discriminator(Rng rng) {
        return new Sequential(
                new Conv2d(1, NDF, 4, 2, 1, rng), new LeakyReLU(0.2f),
                new Conv2d(NDF, 2 * NDF, 4, 2, 1, rng), new InstanceNorm2d(2 * NDF), new LeakyReLU(0.2f),
                new Conv2d(2 * NDF, 4 * NDF, 4, 1, 1, rng), new InstanceNorm2d(4 * NDF), new LeakyReLU(0.2f),
                new Conv2d(4 * NDF, 1, 4, 1, 1, rng));
    }
}
