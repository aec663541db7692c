package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Values and shapes of single layers, and the messages of misuse. */
class LayerBehaviourTest {

    @Test
    void linearComputesXTimesWTransposedPlusBias() {
        Linear linear = new Linear(2, 3, new Rng(1));
        System.arraycopy(new float[] {1, 2, 3, 4, 5, 6}, 0, linear.weight().data(), 0, 6);
        System.arraycopy(new float[] {0.5f, 0, -1}, 0, linear.bias().data(), 0, 3);
        Tensor y = linear.forward(Tensor.of(new float[] {1, 1, 2, 0}, 2, 2));
        assertThat(y.toArray()).containsExactly(3.5f, 7f, 10f, 2.5f, 6f, 9f);
        assertThat(linear.forward(Tensor.ones(2, 5, 2)).dims()).containsExactly(2, 5, 3);
    }

    @Test
    void convolutionsHaveTheOutputShapesOfPyTorch() {
        Rng rng = new Rng(2);
        assertThat(new Conv2d(1, 64, 4, 2, 1, rng).forward(Tensor.ones(2, 1, 28, 28)).dims()).containsExactly(2, 64, 14, 14);
        assertThat(new ConvTranspose2d(128, 64, 4, 2, 1, rng).forward(Tensor.ones(2, 128, 7, 7)).dims())
                .containsExactly(2, 64, 14, 14);
        assertThat(new ConvTranspose2d(2, 3, 3, 2, 1, 1, true, rng).forward(Tensor.ones(1, 2, 4, 4)).dims())
                .containsExactly(1, 3, 8, 8);
    }

    @Test
    void convolutionAddsItsBiasPerChannel() {
        Conv2d conv = new Conv2d(1, 2, 1, 1, 0, new Rng(3));
        conv.weight().data()[0] = 2f;
        conv.weight().data()[1] = -1f;
        conv.bias().data()[0] = 0.5f;
        conv.bias().data()[1] = 1f;
        assertThat(conv.forward(Tensor.of(new float[] {1, 3}, 1, 1, 1, 2)).toArray()).containsExactly(2.5f, 6.5f, 0f, -2f);
    }

    @Test
    void upsampleAndReflectionPadMoveValuesAsInPyTorch() {
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);
        assertThat(new Upsample(2).forward(x).toArray()).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
        Tensor row = Tensor.of(new float[] {1, 2, 3}, 1, 1, 1, 3);
        assertThat(new ReflectionPad2d(2, 1, 0, 0).forward(row).toArray()).containsExactly(3, 2, 1, 2, 3, 2);
    }

    @Test
    void flattenAndReshapeKeepTheBatchAxis() {
        assertThat(new Flatten().forward(Tensor.ones(3, 2, 4, 4)).dims()).containsExactly(3, 32);
        assertThat(new Reshape(128, 7, 7).forward(Tensor.ones(5, 6272)).dims()).containsExactly(5, 128, 7, 7);
        assertThat(new Reshape(-1, 2).forward(Tensor.ones(5, 6)).dims()).containsExactly(5, 3, 2);
    }

    @Test
    void activationsComputeTheirFunctions() {
        Tensor x = Tensor.of(new float[] {-2, 0.5f}, 2);
        float[] relu = new ReLU().forward(x).toArray();
        assertThat(relu[0]).isCloseTo(0f, within(0f));
        assertThat(relu[1]).isEqualTo(0.5f);
        assertThat(new LeakyReLU(0.2f).forward(x).toArray()).containsExactly(-0.4f, 0.5f);
        assertThat(new Tanh().forward(x).data()[0]).isCloseTo((float) Math.tanh(-2), within(1e-7f));
        assertThat(new Sigmoid().forward(x).data()[1]).isCloseTo((float) (1 / (1 + Math.exp(-0.5))), within(1e-7f));
    }

    @Test
    void embeddingLooksUpRowsForWholeNumberIndices() {
        Embedding embedding = new Embedding(4, 3, new Rng(4));
        Tensor y = embedding.forward(Tensor.of(new float[] {2, 0}, 2));
        assertThat(y.dims()).containsExactly(2, 3);
        assertThat(y.slice(0, 0, 1).toArray()).containsExactly(embedding.weight().slice(0, 2, 3).toArray());
        assertThatThrownBy(() -> embedding.forward(Tensor.of(new float[] {1.5f}, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5").hasMessageContaining("[0, 4)");
        assertThatThrownBy(() -> embedding.lookup(new int[] {4})).hasMessageContaining("0 to 3");
    }

    @Test
    void residualBlockAddsItsInput() {
        ResidualBlock block = new ResidualBlock(3, new Rng(5));
        for (Parameter p : block.parameters()) {
            Arrays.fill(p.tensor().data(), 0f);
        }
        Tensor x = Tensor.randn(new Rng(6), 2, 3, 4, 4);
        assertThat(block.forward(x).toArray()).containsExactly(x.toArray());
        assertThat(block.parameters()).extracting(Parameter::name)
                .containsExactly("block.1.weight", "block.1.bias", "block.5.weight", "block.5.bias");
    }

    @Test
    void misuseIsReportedWithShapesAndAFix() {
        Rng rng = new Rng(7);
        assertThatThrownBy(() -> new Linear(4, 2, rng).forward(Tensor.ones(3, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 5]").hasMessageContaining("Flatten");
        assertThatThrownBy(() -> new Conv2d(3, 2, 3, 1, 1, rng).forward(Tensor.ones(1, 2, 5, 5)))
                .hasMessageContaining("[N, 3, H, W]").hasMessageContaining("[1, 2, 5, 5]");
        assertThatThrownBy(() -> new ConvTranspose2d(2, 2, 3, 2, 1, 2, true, rng))
                .hasMessageContaining("smaller than the stride 2");
        assertThatThrownBy(() -> new Sequential().forward(Tensor.ones(1))).hasMessageContaining("at least one layer");
        assertThatThrownBy(() -> new Sequential(new ReLU()).get(1)).hasMessageContaining("no layer 1");
        assertThatThrownBy(() -> new ResidualBlock(2, rng).forward(Tensor.ones(1, 3, 4, 4))).hasMessageContaining("[N, 2, H, W]");
    }
}
