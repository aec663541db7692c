package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Checkpoints and ONNX export key on these names: changing one breaks saved runs. */
class ParameterNamesTest {

    private static Sequential nested() {
        Rng rng = new Rng(1);
        return new Sequential(
                new Linear(4, 8, rng),
                new BatchNorm1d(8),
                new LeakyReLU(0.2f),
                new Sequential(new Reshape(2, 2, 2), new Conv2d(2, 2, 1, 1, 0, rng), new BatchNorm2d(2)),
                new ResidualBlock(2, BatchNorm2d::new, false, rng),
                new Flatten(),
                new SpectralNorm(new Linear(8, 1, rng), rng));
    }

    @Test
    void nestedSequentialNamesAreStableDottedPaths() {
        Sequential net = nested();
        assertThat(net.parameters()).extracting(Parameter::name).containsExactly(
                "0.weight", "0.bias",
                "1.weight", "1.bias",
                "3.1.weight", "3.1.bias", "3.2.weight", "3.2.bias",
                "4.block.1.weight", "4.block.2.weight", "4.block.2.bias",
                "4.block.5.weight", "4.block.6.weight", "4.block.6.bias",
                "6.weight_orig", "6.bias");
        assertThat(net.buffers()).extracting(Parameter::name).containsExactly(
                "1.running_mean", "1.running_var",
                "3.2.running_mean", "3.2.running_var",
                "4.block.2.running_mean", "4.block.2.running_var",
                "4.block.6.running_mean", "4.block.6.running_var",
                "6.weight_u", "6.weight_v");
        assertThat(net.forward(Tensor.randn(new Rng(2), 3, 4)).dims()).containsExactly(3, 1);
    }

    @Test
    void namesAreTheSameOnEveryCallAndPointAtTheSameTensors() {
        Sequential net = nested();
        assertThat(net.parameters()).extracting(Parameter::tensor)
                .containsExactlyElementsOf(net.parameters().stream().map(Parameter::tensor).toList());
    }

    @Test
    void referenceNetworksUsePyTorchStateDictKeys() {
        Rng rng = new Rng(3);
        assertThat(ReferenceNetworks.dcganGenerator(rng).parameters()).extracting(Parameter::name).containsExactly(
                "0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "5.weight", "5.bias", "7.weight", "7.bias");
        assertThat(ReferenceNetworks.dcganGenerator(rng).buffers()).extracting(Parameter::name).containsExactly(
                "2.running_mean", "2.running_var", "5.running_mean", "5.running_var");
        assertThat(ReferenceNetworks.dcganDiscriminator(rng).parameters()).extracting(Parameter::name).containsExactly(
                "0.weight", "0.bias", "2.weight", "3.weight", "3.bias", "6.weight", "6.bias");
        assertThat(ReferenceNetworks.mlpGenerator(rng).parameters()).extracting(Parameter::name).containsExactly(
                "0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias");
        assertThat(ReferenceNetworks.mlpDiscriminator(rng).parameters()).extracting(Parameter::name).containsExactly(
                "0.weight", "0.bias", "2.weight", "2.bias", "4.weight", "4.bias");
    }

    @Test
    void trainModeCascadesThroughNestedContainersAndWrappers() {
        Sequential net = nested();
        net.train(false);
        Sequential inner = (Sequential) net.get(3);
        ResidualBlock block = (ResidualBlock) net.get(4);
        SpectralNorm sn = (SpectralNorm) net.get(6);
        assertThat(inner.get(2).isTraining()).isFalse();
        assertThat(block.block().get(2).isTraining()).isFalse();
        assertThat(sn.layer().isTraining()).isFalse();
        net.train(true);
        assertThat(inner.get(2).isTraining()).isTrue();
        assertThat(block.block().get(6).isTraining()).isTrue();
        assertThat(sn.isTraining()).isTrue();
    }
}
