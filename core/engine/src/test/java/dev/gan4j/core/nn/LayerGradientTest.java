package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.autograd.Autograd;
import dev.gan4j.core.autograd.GradMode;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.autograd.GradientCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks of every layer's gradient with respect to its input and each of its
 * parameters, in training mode and, where the layer behaves differently, in evaluation mode.
 * Inputs of layers with kinks (relu, leaky relu) stay away from zero so finite differences are
 * meaningful.
 */
class LayerGradientTest {
    private static final ParameterGradientCheck CHECK = ParameterGradientCheck.everyElement(GradientCheck.standard());
    private static final ParameterGradientCheck FINE_CHECK =
            ParameterGradientCheck.everyElement(GradientCheck.withStep(1e-3));

    /** Standard normal values pushed at least 0.1 away from zero. */
    static Tensor awayFromZero(Rng rng, int... dims) {
        Tensor t = Tensor.randn(rng, dims);
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.copySign(0.1f + Math.abs(d[i]), d[i]);
        }
        return t;
    }

    @Test
    void linearGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(1);
        CHECK.checkLayer(new Linear(4, 3, rng), Tensor.randn(rng, 2, 4));
    }

    @Test
    void linearOnRankThreeInputGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(2);
        CHECK.checkLayer(new Linear(4, 3, false, rng), Tensor.randn(rng, 2, 3, 4));
    }

    @Test
    void conv2dGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(3);
        CHECK.checkLayer(new Conv2d(2, 3, 3, 2, 1, rng), Tensor.randn(rng, 2, 2, 5, 5));
        CHECK.checkLayer(new Conv2d(2, 2, 2, 1, 0, false, rng), Tensor.randn(rng, 1, 2, 3, 4));
    }

    @Test
    void convTranspose2dGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(4);
        CHECK.checkLayer(new ConvTranspose2d(2, 3, 4, 2, 1, rng), Tensor.randn(rng, 2, 2, 3, 3));
        CHECK.checkLayer(new ConvTranspose2d(3, 2, 3, 2, 1, 1, false, rng), Tensor.randn(rng, 1, 3, 2, 3));
    }

    @Test
    void batchNorm1dGradientsMatchFiniteDifferencesInTrainingAndEvaluation() {
        Rng rng = new Rng(5);
        BatchNorm1d flat = withRandomAffine(new BatchNorm1d(3), rng);
        CHECK.checkLayer(flat, Tensor.randn(rng, 4, 3));
        BatchNorm1d sequence = withRandomAffine(new BatchNorm1d(2), rng);
        CHECK.checkLayer(sequence, Tensor.randn(rng, 3, 2, 4));
        flat.train(false);
        CHECK.checkLayer(flat, Tensor.randn(rng, 4, 3));
        CHECK.checkLayer(new BatchNorm1d(3, 1e-5f, 0.1f, false), Tensor.randn(rng, 5, 3));
    }

    @Test
    void batchNorm2dGradientsMatchFiniteDifferencesInTrainingAndEvaluation() {
        Rng rng = new Rng(6);
        BatchNorm2d bn = withRandomAffine(new BatchNorm2d(3), rng);
        CHECK.checkLayer(bn, Tensor.randn(rng, 2, 3, 3, 2));
        bn.train(false);
        CHECK.checkLayer(bn, Tensor.randn(rng, 2, 3, 3, 2));
        BatchNorm2d plain = new BatchNorm2d(2, 1e-5f, 0.1f, false);
        CHECK.checkLayer(plain, Tensor.randn(rng, 2, 2, 2, 2));
    }

    @Test
    void instanceNorm2dGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(7);
        InstanceNorm2d affine = new InstanceNorm2d(3, 1e-5f, true);
        Init.normal(1, 0.5).fill(affine.weight(), rng);
        Init.normal(0, 0.5).fill(affine.bias(), rng);
        CHECK.checkLayer(affine, Tensor.randn(rng, 2, 3, 3, 3));
        CHECK.checkLayer(new InstanceNorm2d(2), Tensor.randn(rng, 2, 2, 2, 3));
    }

    @Test
    void embeddingGradientMatchesFiniteDifferences() {
        Rng rng = new Rng(8);
        Embedding embedding = new Embedding(5, 3, rng);
        Tensor labels = Tensor.of(new float[] {4, 0, 4, 2}, 2, 2);
        Tensor projection = Tensor.uniform(rng, -1f, 1f, 2, 2, 3);
        CHECK.check(() -> embedding.forward(labels).mul(projection).sum(),
                List.of(embedding.weight()), List.of("weight"));
    }

    @Test
    void activationGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(9);
        for (Layer layer : List.of(new ReLU(), new LeakyReLU(0.2f), new Tanh(), new Sigmoid())) {
            CHECK.checkLayer(layer, awayFromZero(rng, 2, 3, 2));
        }
    }

    @Test
    void dropoutGradientIsItsMaskInTrainingAndIdentityInEvaluation() {
        Rng rng = new Rng(10);
        Tensor x = Tensor.randn(rng, 3, 8);
        // A fresh layer with the same seed per call draws the same mask, as finite differences need.
        GradientCheck.standard().check(in -> new Dropout(0.4f, new Rng(77)).forward(in.get(0)), x);
        Dropout eval = new Dropout(0.4f, new Rng(77));
        eval.train(false);
        CHECK.checkLayer(eval, x);
    }

    @Test
    void spatialLayerGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(11);
        CHECK.checkLayer(new Upsample(2), Tensor.randn(rng, 2, 2, 2, 3));
        CHECK.checkLayer(new ReflectionPad2d(1), Tensor.randn(rng, 1, 2, 3, 3));
        CHECK.checkLayer(new ReflectionPad2d(2, 1, 0, 1), Tensor.randn(rng, 2, 1, 3, 4));
        CHECK.checkLayer(new Flatten(), Tensor.randn(rng, 2, 2, 2, 2));
        CHECK.checkLayer(new Reshape(2, 3), Tensor.randn(rng, 2, 6));
    }

    @Test
    void axisMixingGradientsMatchFiniteDifferencesAlongEitherAxis() {
        Rng rng = new Rng(13);
        // height 3 and width 4 differ, so a mixing along the wrong axis fails the shape check or the gradients
        CHECK.checkLayer(new AxisMixing(AxisMixing.Axis.HEIGHT, 3, Init.normal(0, 1), rng), Tensor.randn(rng, 2, 2, 3, 4));
        CHECK.checkLayer(new AxisMixing(AxisMixing.Axis.WIDTH, 4, Init.normal(0, 1), rng), Tensor.randn(rng, 2, 2, 3, 4));
    }

    @Test
    void symmetryMixingGradientsMatchFiniteDifferencesOnSquareAndRectangularImages() {
        Rng rng = new Rng(14);
        // random weights, so a symmetry whose gradient went to the wrong weight or position shows
        CHECK.checkLayer(new SymmetryMixing(3, 3, Init.normal(0, 1), rng), Tensor.randn(rng, 2, 2, 3, 3));
        CHECK.checkLayer(new SymmetryMixing(3, 4, Init.normal(0, 1), rng), Tensor.randn(rng, 2, 1, 3, 4));
    }

    @Test
    void sequentialGradientsReachEveryChildsParameters() {
        Rng rng = new Rng(12);
        Sequential net = new Sequential(
                new Conv2d(1, 2, 3, 1, 1, false, rng), new BatchNorm2d(2), new LeakyReLU(0.2f),
                new Flatten(), new Linear(2 * 3 * 3, 2, rng), new Tanh());
        FINE_CHECK.checkLayer(net, Tensor.randn(rng, 2, 1, 3, 3));
        net.train(false);
        FINE_CHECK.checkLayer(net, Tensor.randn(rng, 2, 1, 3, 3));
    }

    @Test
    void concatSkipGradientsReachTheInputThroughBothPaths() {
        Rng rng = new Rng(31);
        ConcatSkip skip = new ConcatSkip(new Sequential(new Conv2d(2, 3, 4, 2, 1, rng), new LeakyReLU(0.2f),
                new ConvTranspose2d(3, 2, 4, 2, 1, rng)));
        FINE_CHECK.checkLayer(skip, Tensor.randn(rng, 2, 2, 4, 4));
        assertThat(skip.forward(Tensor.randn(rng, 1, 2, 4, 4)).dims()).containsExactly(1, 4, 4, 4);
        assertThat(skip.parameters().get(0).name()).isEqualTo("inner.0.weight");
    }

    @Test
    void residualBlockGradientsMatchFiniteDifferences() {
        Rng rng = new Rng(13);
        ResidualBlock cycleGan = new ResidualBlock(2, rng);
        Tensor x = Tensor.randn(rng, 2, 2, 4, 4).requiresGrad(true);
        Tensor projection = Tensor.uniform(rng, -1f, 1f, 2, 2, 4, 4);
        // Instance norm removes any per-channel constant, so the biases of the convolutions before
        // it get no gradient: their finite differences are pure rounding noise, checked apart below.
        FINE_CHECK.check(() -> cycleGan.forward(x).mul(projection).sum(),
                List.of(x, cycleGan.block().parameters().get(0).tensor(), cycleGan.block().parameters().get(2).tensor()),
                List.of("input", "block.1.weight", "block.5.weight"));
        List<Tensor> biasGrads = Autograd.grad(
                List.of(cycleGan.forward(x).mul(projection).sum()),
                List.of(cycleGan.block().parameters().get(1).tensor(), cycleGan.block().parameters().get(3).tensor()),
                false);
        for (Tensor g : biasGrads) {
            for (float v : g.data()) {
                assertThat(Math.abs(v)).isLessThan(1e-5f);
            }
        }
        // The same holds for batch norm in training mode; in evaluation mode the biases count.
        FINE_CHECK.checkLayer(new ResidualBlock(2, BatchNorm2d::new, false, rng), Tensor.randn(rng, 2, 2, 3, 3));
        ResidualBlock evaluated = new ResidualBlock(2, BatchNorm2d::new, true, rng);
        evaluated.train(false);
        FINE_CHECK.checkLayer(evaluated, Tensor.randn(rng, 2, 2, 3, 3));
    }

    @Test
    void spectralNormGradientsFlowThroughSigmaInTrainingAndEvaluation() {
        Rng rng = new Rng(14);
        checkSpectralNorm(new SpectralNorm(new Linear(4, 3, rng), rng), Tensor.randn(rng, 2, 4));
        checkSpectralNorm(new SpectralNorm(new Conv2d(2, 3, 3, 1, 1, rng), rng), Tensor.randn(rng, 2, 2, 3, 3));
        checkSpectralNorm(new SpectralNorm(new ConvTranspose2d(3, 2, 4, 2, 1, 0, false, rng), rng),
                Tensor.randn(rng, 1, 3, 2, 2));
    }

    /**
     * Training mode moves u and v on every forward pass, so the loss restores them first and each
     * evaluation sees the same one-step power iteration. As in PyTorch, the gradient treats u and v
     * as constants; that is the true derivative only where they have converged (σ = uᵀWv is then
     * stationary in u and v), so the training-mode check starts from converged vectors.
     */
    private static void checkSpectralNorm(SpectralNorm layer, Tensor input) {
        Tensor x = input.detach().requiresGrad(true);
        try (GradMode.Scope ignored = GradMode.noGrad()) {
            for (int i = 0; i < 200; i++) {
                layer.forward(x);
            }
        }
        float[] u = layer.u().toArray();
        float[] v = layer.v().toArray();
        Tensor projection = Tensor.uniform(new Rng(5), -1f, 1f, layer.forward(x).dims());
        List<Tensor> targets = new ArrayList<>(List.of(x));
        List<String> names = new ArrayList<>(List.of("input"));
        for (Parameter p : layer.parameters()) {
            targets.add(p.tensor());
            names.add(p.name());
        }
        for (boolean training : new boolean[] {true, false}) {
            layer.train(training);
            FINE_CHECK.check(() -> {
                System.arraycopy(u, 0, layer.u().data(), 0, u.length);
                System.arraycopy(v, 0, layer.v().data(), 0, v.length);
                return layer.forward(x).mul(projection).sum();
            }, targets, names);
        }
    }

    @Test
    void spectralNormGradientIncludesTheSigmaTermBeforeConvergence() {
        // Away from convergence, evaluation mode (u, v fixed) is still an exact derivative, and it
        // differs from one that drops σ's dependence on W, which this check would catch. Two
        // power-iteration steps keep σ well away from zero without converging.
        Rng rng = new Rng(15);
        SpectralNorm layer = new SpectralNorm(new Linear(3, 4, rng), rng);
        Tensor x = Tensor.randn(rng, 2, 3);
        layer.forward(x);
        layer.forward(x);
        layer.train(false);
        FINE_CHECK.checkLayer(layer, x);
    }

    private static <T extends BatchNorm> T withRandomAffine(T bn, Rng rng) {
        Init.normal(1, 0.5).fill(bn.weight(), rng);
        Init.normal(0, 0.5).fill(bn.bias(), rng);
        Init.uniform(-0.5, 0.5).fill(bn.runningMean(), rng);
        Init.uniform(0.5, 2).fill(bn.runningVar(), rng);
        return bn;
    }
}
