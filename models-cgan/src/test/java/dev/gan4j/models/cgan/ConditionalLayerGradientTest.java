package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.nn.Linear;
import dev.gan4j.core.nn.Sequential;
import dev.gan4j.core.nn.Tanh;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finite-difference gradient checks of every layer models-cgan adds, for inputs and parameters. */
class ConditionalLayerGradientTest {
    private static final float[] TOKENS = {3, 1, 0, 0, 2, 2, 4, 0, 5, 0, 0, 0};

    @Test
    void bagOfWordsEncoderGradientsMatchFiniteDifferences() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder(6, 4, 3, new Rng(1));
        Tensor tokens = Tensor.of(TOKENS.clone(), 3, 4);
        ParameterGradients.check(() -> encoder.forward(tokens), encoder.parameters());
    }

    @Test
    void bagOfWordsEncoderAveragesTheWordsAndIgnoresPaddingAndOrder() {
        BagOfWordsEncoder encoder = new BagOfWordsEncoder(6, 4, 3, new Rng(2));
        Tensor a = encoder.forward(Tensor.of(new float[] {3, 1, 0, 0}, 1, 4));
        Tensor b = encoder.forward(Tensor.of(new float[] {1, 3, 0, 0}, 1, 4));
        Tensor average = encoder.words().weight().indexSelect(0, new int[] {1, 3}).mean(new int[] {0}, true);
        Tensor expected = encoder.activation().forward(encoder.project().forward(average));
        assertThat(a.data()).containsExactly(b.data());
        for (int i = 0; i < 3; i++) {
            assertThat(a.data()[i]).isCloseTo(expected.data()[i], org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void labelEmbeddingGradientsMatchFiniteDifferences() {
        LabelEncoder encoder = LabelEncoder.embedding(4, 3, new Rng(3));
        Tensor labels = Tensor.of(new float[] {2, 0, 2, 3}, 4);
        ParameterGradients.check(() -> encoder.forward(labels), encoder.parameters());
    }

    @Test
    void conditionalBatchNormGradientsMatchFiniteDifferences() {
        ConditionalBatchNorm2d norm = new ConditionalBatchNorm2d(2, 3, new Rng(4));
        // start away from the zero initialisation, so the modulation matters
        Rng rng = new Rng(5);
        norm.parameters().forEach(p -> rng.fillGaussian(p.tensor().data(), 0, 0.5));
        Tensor x = Tensor.randn(new Rng(6), 3, 2, 2, 2);
        Tensor e = Tensor.randn(new Rng(7), 3, 3);
        GradientCheck.standard().check(in -> norm.forward(List.of(in.get(0), in.get(1))), x, e);
        ParameterGradients.check(() -> norm.forward(List.of(x, e)), norm.parameters());
    }

    @Test
    void conditionalBatchNormStartsAsPlainBatchNorm() {
        ConditionalBatchNorm2d norm = new ConditionalBatchNorm2d(2, 3, new Rng(8));
        Tensor x = Tensor.randn(new Rng(9), 4, 2, 3, 3);
        Tensor out = norm.forward(List.of(x, Tensor.randn(new Rng(10), 4, 3)));
        Tensor plain = new dev.gan4j.core.nn.BatchNorm2d(2, 1e-5f, 0.1f, false).forward(x);
        assertThat(out.data()).containsExactly(plain.data());
    }

    @Test
    void conditionalGeneratorGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(11);
        ConditionalGenerator generator = new ConditionalGenerator(2, LabelEncoder.embedding(3, 2, rng),
                List.of(new Sequential(new Linear(4, 5, rng), new Tanh(), new Linear(5, 3, rng))));
        Tensor labels = Tensor.of(new float[] {0, 2, 1}, 3);
        Tensor z = Tensor.randn(new Rng(12), 3, 2);
        GradientCheck.standard().check(in -> generator.forward(List.of(in.get(0), labels)), z);
        ParameterGradients.check(() -> generator.forward(List.of(z, labels)), generator.parameters());
    }

    @Test
    void everyDiscriminatorHeadsGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(13);
        List<ScoreHead> heads = List.of(new ConcatenationHead(4, 3, 0.2f, rng), new ProjectionHead(4, 3, rng),
                new AuxiliaryClassifierHead(4, 5, rng));
        Tensor features = Tensor.randn(new Rng(14), 3, 4);
        Tensor e = Tensor.randn(new Rng(15), 3, 3);
        for (ScoreHead head : heads) {
            GradientCheck.standard().check(in -> head.forward(List.of(in.get(0), in.get(1))), features, e);
            ParameterGradients.check(() -> head.forward(List.of(features, e)), head.parameters());
        }
    }

    @Test
    void projectionHeadAddsTheInnerProductOfFeaturesAndProjectedCondition() {
        Rng rng = new Rng(16);
        ProjectionHead head = new ProjectionHead(2, 2, rng);
        Tensor features = Tensor.of(new float[] {1, 2}, 1, 2);
        Tensor zeroCondition = Tensor.zeros(1, 2);
        Tensor e = Tensor.of(new float[] {0.5f, -1f}, 1, 2);
        float unconditional = head.forward(List.of(features, zeroCondition)).item();
        float conditional = head.forward(List.of(features, e)).item();
        Tensor projected = e.matmul(head.parameters().get(2).tensor(), false, true);
        float inner = projected.data()[0] * 1 + projected.data()[1] * 2;
        assertThat(conditional - unconditional).isCloseTo(inner, org.assertj.core.data.Offset.offset(1e-5f));
    }
}
