package dev.gan4j.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchNormTest {

    @Test
    void runningStatisticsFollowPyTorchsUpdateOverThreeSteps() {
        BatchNorm2d bn = new BatchNorm2d(2);
        Rng rng = new Rng(1);
        double[] mean = {0, 0};
        double[] var = {1, 1};
        for (int step = 0; step < 3; step++) {
            Tensor x = Tensor.randn(rng, 3, 2, 2, 2).mul(step + 1f).add(step);
            bn.forward(x);
            for (int c = 0; c < 2; c++) {
                double[] values = channel(x, c);
                double m = 0;
                for (double v : values) {
                    m += v;
                }
                m /= values.length;
                double unbiased = 0;
                for (double v : values) {
                    unbiased += (v - m) * (v - m);
                }
                unbiased /= values.length - 1;
                mean[c] = 0.9 * mean[c] + 0.1 * m;
                var[c] = 0.9 * var[c] + 0.1 * unbiased;
            }
        }
        for (int c = 0; c < 2; c++) {
            assertThat(bn.runningMean().data()[c]).isCloseTo((float) mean[c], within(1e-5f));
            assertThat(bn.runningVar().data()[c]).isCloseTo((float) var[c], within(1e-5f));
        }
    }

    @Test
    void runningStatisticsOfHandPickedValues() {
        // One channel holding 1, 2, 3, 6: mean 3, unbiased variance 14/3.
        BatchNorm1d bn = new BatchNorm1d(1);
        bn.forward(Tensor.of(new float[] {1, 2, 3, 6}, 4, 1));
        assertThat(bn.runningMean().data()[0]).isCloseTo(0.3f, within(1e-6f));
        assertThat(bn.runningVar().data()[0]).isCloseTo(0.9f + 0.1f * 14f / 3f, within(1e-6f));
        bn.forward(Tensor.of(new float[] {1, 2, 3, 6}, 4, 1));
        assertThat(bn.runningMean().data()[0]).isCloseTo(0.9f * 0.3f + 0.3f, within(1e-6f));
    }

    @Test
    void trainingModeNormalisesWithTheBatchStatistics() {
        BatchNorm2d bn = new BatchNorm2d(3);
        Tensor y = bn.forward(Tensor.randn(new Rng(2), 4, 3, 3, 3).mul(5f).add(7f));
        for (int c = 0; c < 3; c++) {
            double[] values = channel(y, c);
            double m = 0;
            double sq = 0;
            for (double v : values) {
                m += v;
                sq += v * v;
            }
            m /= values.length;
            assertThat(m).isCloseTo(0.0, within(1e-5));
            assertThat(sq / values.length - m * m).isCloseTo(1.0, within(1e-3));
        }
    }

    @Test
    void evaluationModeUsesTheRunningStatisticsAndLeavesThemAlone() {
        BatchNorm1d bn = new BatchNorm1d(2);
        bn.runningMean().data()[0] = 1f;
        bn.runningMean().data()[1] = -2f;
        bn.runningVar().data()[0] = 4f;
        bn.runningVar().data()[1] = 0.25f;
        bn.weight().data()[1] = 3f;
        bn.bias().data()[0] = 0.5f;
        bn.train(false);
        Tensor y = bn.forward(Tensor.of(new float[] {3, 0, 5, -1}, 2, 2));
        double s0 = 1 / Math.sqrt(4 + 1e-5);
        double s1 = 1 / Math.sqrt(0.25 + 1e-5);
        assertThat(y.data()[0]).isCloseTo((float) ((3 - 1) * s0 + 0.5), within(1e-5f));
        assertThat(y.data()[1]).isCloseTo((float) (3 * (0 + 2) * s1), within(1e-5f));
        assertThat(y.data()[2]).isCloseTo((float) ((5 - 1) * s0 + 0.5), within(1e-5f));
        assertThat(y.data()[3]).isCloseTo((float) (3 * (-1 + 2) * s1), within(1e-5f));
        assertThat(bn.runningMean().data()).containsExactly(1f, -2f);
        assertThat(bn.runningVar().data()).containsExactly(4f, 0.25f);
    }

    @Test
    void trainingAndEvaluationAgreeOnceRunningStatisticsEqualTheBatchStatistics() {
        BatchNorm2d bn = new BatchNorm2d(2, 1e-5f, 1f, true);
        Tensor x = Tensor.randn(new Rng(3), 50, 2, 4, 4);
        Tensor train = bn.forward(x);
        bn.train(false);
        Tensor eval = bn.forward(x);
        // Momentum 1 copies the batch statistics; the unbiased variance differs by n / (n − 1) only.
        for (int i = 0; i < train.size(); i++) {
            assertThat(eval.data()[i]).isCloseTo(train.data()[i], within(2e-3f * (1 + Math.abs(train.data()[i]))));
        }
    }

    @Test
    void batchNorm1dAcceptsSequences() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor y = bn.forward(Tensor.randn(new Rng(4), 3, 2, 5));
        assertThat(y.dims()).containsExactly(3, 2, 5);
        assertThat(bn.runningMean().data()[0]).isNotZero();
    }

    @Test
    void namesItsParametersAndBuffersAsPyTorch() {
        BatchNorm2d bn = new BatchNorm2d(4);
        assertThat(bn.parameters()).extracting(Parameter::name).containsExactly("weight", "bias");
        assertThat(bn.buffers()).extracting(Parameter::name).containsExactly("running_mean", "running_var");
        assertThat(bn.parameters()).allMatch(p -> p.tensor().requiresGrad());
        assertThat(bn.buffers()).noneMatch(p -> p.tensor().requiresGrad());
        assertThat(new BatchNorm2d(4, 1e-5f, 0.1f, false).parameters()).isEmpty();
        assertThat(bn.weight().data()).containsOnly(1f);
        assertThat(bn.runningVar().data()).containsOnly(1f);
    }

    @Test
    void rejectsInputsOfTheWrongRankOrChannelCount() {
        assertThatThrownBy(() -> new BatchNorm2d(3).forward(Tensor.ones(2, 4, 2, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 channels").hasMessageContaining("[2, 4, 2, 2]");
        assertThatThrownBy(() -> new BatchNorm2d(3).forward(Tensor.ones(2, 3)))
                .hasMessageContaining("BatchNorm1d");
        assertThatThrownBy(() -> new BatchNorm1d(3).forward(Tensor.ones(2, 3, 2, 2)))
                .hasMessageContaining("BatchNorm2d");
    }

    @Test
    void instanceNormIsTheSameInTrainingAndEvaluation() {
        InstanceNorm2d norm = new InstanceNorm2d(2);
        Tensor x = Tensor.randn(new Rng(5), 2, 2, 3, 3);
        float[] train = norm.forward(x).toArray();
        norm.train(false);
        assertThat(norm.forward(x).toArray()).containsExactly(train);
        assertThat(norm.parameters()).isEmpty();
        assertThat(new InstanceNorm2d(2, 1e-5f, true).parameters()).extracting(Parameter::name)
                .isEqualTo(List.of("weight", "bias"));
    }

    private static double[] channel(Tensor x, int c) {
        int n = x.dim(0);
        int channels = x.dim(1);
        int inner = x.size() / (n * channels);
        double[] out = new double[n * inner];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < inner; i++) {
                out[s * inner + i] = x.data()[(s * channels + c) * inner + i];
            }
        }
        return out;
    }
}
