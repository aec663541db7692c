package dev.gan4j.core.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.kernel.JavaKernelBackend;
import dev.gan4j.core.kernel.KernelBackend;
import dev.gan4j.core.kernel.Kernels;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParallelLoopsTest {
    @Test
    void everyIndexRunsOnceWhateverTheCut() {
        for (int threads : new int[] {1, 2, 3}) {
            for (int length : new int[] {0, 5, ParallelLoops.SERIAL_LENGTH - 1, ParallelLoops.SERIAL_LENGTH + 17, 200_003}) {
                int[] hits = new int[length];
                try (Kernels.Scope ignored = Kernels.use(new JavaKernelBackend(threads))) {
                    ParallelLoops.run(length, (from, to) -> {
                        for (int i = from; i < to; i++) {
                            hits[i]++;
                        }
                    });
                }
                for (int h : hits) {
                    assertThat(h).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void elementwiseOpsAndNormsGiveTheSameBitsOnOneAndThreeThreads() {
        List<float[]> one = run(new JavaKernelBackend(1));
        List<float[]> three = run(new JavaKernelBackend(3));
        assertThat(three).hasSameSizeAs(one);
        for (int i = 0; i < one.size(); i++) {
            assertThat(three.get(i)).as("result %d", i).containsExactly(one.get(i));
        }
    }

    /** Outputs and gradients of ops whose loops are cut over threads, on tensors large enough to be cut. */
    private static List<float[]> run(KernelBackend backend) {
        try (Kernels.Scope ignored = Kernels.use(backend)) {
            Rng rng = new Rng(5);
            Tensor x = Tensor.randn(rng, 6, 7, 41, 43).requiresGrad(true);
            Tensor other = Tensor.randn(rng, 6, 7, 41, 43);
            Tensor weight = Tensor.randn(rng, 7).requiresGrad(true);
            Tensor bias = Tensor.randn(rng, 7).requiresGrad(true);
            Tensor batch = NormOps.batchNorm(x, weight, bias, 1e-5f).output();
            Tensor instance = NormOps.instanceNorm(x, null, null, 1e-5f).output();
            Tensor y = batch.leakyRelu(0.2f).add(instance.relu()).mul(other).add(2f).tanh();
            y.sum().backward();
            List<float[]> out = new ArrayList<>();
            out.add(batch.data());
            out.add(instance.data());
            out.add(y.data());
            out.add(x.grad().data());
            out.add(weight.grad().data());
            out.add(bias.grad().data());
            return out;
        }
    }
}
