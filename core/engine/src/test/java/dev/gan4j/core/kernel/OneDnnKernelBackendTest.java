package dev.gan4j.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The kernel contract for the onednn backend: runs where oneDNN 2 loads (Debian: libdnnl2) and
 * skips, saying why, elsewhere. The contract's geometries take every route: oneDNN cut by items, by
 * channels and on an OpenMP team, and im2col for one input or output channel.
 */
class OneDnnKernelBackendTest extends KernelBackendContract {
    @Override
    protected KernelBackend create(int threads) {
        try {
            return new OneDnnKernelBackend(threads);
        } catch (KernelUnavailableException e) {
            assumeTrue(false, "onednn with " + threads + " threads cannot run here: " + e.getMessage());
            throw e;
        }
    }

    /** Two backends, each making its own primitives, give the same bits: what a resumed training run relies on. */
    @Test
    void freshBackendsWithTheSameThreadCountGiveTheSameBits() {
        // a DCGAN-like pass cut by items, and a residual-block-like one cut by channels
        for (ConvGeometry g : new ConvGeometry[] {new ConvGeometry(8, 32, 14, 14, 64, 4, 4, 2, 2, 1, 1),
            new ConvGeometry(4, 64, 9, 9, 64, 3, 3, 1, 1, 0, 0)}) {
            Random random = new Random(5);
            float[] x = gaussian(random, g.inputSize());
            float[] w = gaussian(random, g.weightSize());
            float[] dy = gaussian(random, g.outputSize());
            float[][] first = passes(create(2), g, x, w, dy);
            float[][] second = passes(create(2), g, x, w, dy);
            for (int pass = 0; pass < 3; pass++) {
                assertThat(second[pass]).as("pass %d of %s", pass, g).containsExactly(first[pass]);
            }
        }
    }

    private static float[][] passes(KernelBackend backend, ConvGeometry g, float[] x, float[] w, float[] dy) {
        float[] y = new float[g.outputSize()];
        float[] dx = new float[g.inputSize()];
        float[] dw = new float[g.weightSize()];
        backend.conv2d(g, x, w, y);
        backend.conv2dInputGrad(g, dy, w, dx);
        backend.conv2dWeightGrad(g, x, dy, dw);
        return new float[][] {y, dx, dw};
    }
}
