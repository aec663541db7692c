package dev.gan4j.models.cgan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.data.Batch;
import dev.gan4j.core.network.MlpNetworkConfig;
import dev.gan4j.core.optim.Adam;
import dev.gan4j.core.optim.Optimizer;
import dev.gan4j.core.spi.Condition;
import dev.gan4j.core.spi.ConditionalSystem;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.spi.Phase;
import dev.gan4j.core.spi.SystemParameters;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.BuildContexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conditional model learns to generate the class it is asked for: four labelled Gaussian clusters
 * in the plane, trained briefly; samples asked for class k must lie nearest cluster k far more often
 * than chance (25%). The caption model must also follow wordings it never saw in training.
 */
class ConditionalLearningTest {
    private static final float[][] CENTRES = {{2, 2}, {-2, 2}, {-2, -2}, {2, -2}};
    private static final DataSpec CLUSTERS = new DataSpec("four-clusters", new int[] {2}, 4);
    private static final int STEPS = 1500;

    @TempDir
    Path temp;

    @Test
    void matchingAwareModelGeneratesTheRequestedLabel() {
        ConditionalSystem system = trained(config("label", null, "matching-aware"));
        double accuracy = accuracy(system, k -> system.labelCondition(Integer.toString(k), 200));
        assertThat(accuracy).as("samples nearest the requested cluster").isGreaterThan(0.9);
    }

    @Test
    void projectionModelGeneratesTheRequestedLabel() {
        ConditionalSystem system = trained(config("label", null, "projection"));
        double accuracy = accuracy(system, k -> system.labelCondition(Integer.toString(k), 200));
        assertThat(accuracy).as("samples nearest the requested cluster").isGreaterThan(0.9);
    }

    @Test
    void captionModelFollowsHeldOutWordings() throws IOException {
        Path captions = temp.resolve("captions.tsv");
        Files.writeString(captions, String.join("\n",
                "0\ttrain\tnorth east", "0\ttrain\tthe upper right", "0\theld-out\tupper east",
                "1\ttrain\tnorth west", "1\ttrain\tthe upper left", "1\theld-out\tupper west",
                "2\ttrain\tsouth west", "2\ttrain\tthe lower left", "2\theld-out\tlower west",
                "3\ttrain\tsouth east", "3\ttrain\tthe lower right", "3\theld-out\tlower east"));
        ConditionalSystem system = trained(config("text", captions.toString(), "matching-aware"));
        CaptionSet set = CaptionSet.load(captions.toString(), 4);
        double accuracy = accuracy(system, k -> system.textCondition(set.heldOut(k).get(0), 200));
        assertThat(accuracy).as("samples for held-out wordings nearest their cluster").isGreaterThan(0.8);
    }

    private static CganConfig config(String condition, String captions, String discriminator) {
        return new CganConfig(MlpNetworkConfig.withHiddenSizes(64, 64), 4, null, null, null, null, null, discriminator,
                null, null, condition, null, 8, captions, null, null, 32, null, null, null);
    }

    /** Trains every phase with Adam (2e-3, β1 0.5) for a few steps on batches of 64 labelled points. */
    private static ConditionalSystem trained(CganConfig config) {
        ConditionalSystem system = (ConditionalSystem) new CganFamily().build(config, BuildContexts.installed(CLUSTERS, 1));
        List<Optimizer> optimizers = new ArrayList<>();
        for (Phase phase : system.phases()) {
            optimizers.add(Adam.builder().setParameters(SystemParameters.updatedBy(system, phase)).setLearningRate(2e-3).optBeta1(0.5).build());
        }
        Rng data = new Rng(2);
        Rng noise = new Rng(3);
        for (int step = 0; step < STEPS; step++) {
            for (int i = 0; i < system.phases().size(); i++) {
                Phase phase = system.phases().get(i);
                optimizers.get(i).zeroGrad();
                phase.loss(batch(data, 64), noise).loss().backward();
                optimizers.get(i).step();
                phase.afterStep();
            }
        }
        return system;
    }

    private static Batch batch(Rng rng, int n) {
        float[] points = new float[n * 2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(4);
            points[2 * i] = CENTRES[labels[i]][0] + (float) (0.3 * rng.nextGaussian());
            points[2 * i + 1] = CENTRES[labels[i]][1] + (float) (0.3 * rng.nextGaussian());
        }
        return new Batch(Tensor.of(points, n, 2), labels);
    }

    /** The fraction of samples, asked for each class in turn, that lie nearest that class's centre. */
    private static double accuracy(ConditionalSystem system, IntFunction<Condition> ask) {
        Rng rng = new Rng(4);
        int correct = 0;
        int total = 0;
        for (int k = 0; k < CENTRES.length; k++) {
            Condition condition = ask.apply(k);
            Tensor samples = system.sample(system.networks().get(system.sampledNetwork()),
                    system.noise(condition.size(), rng), condition);
            float[] p = samples.data();
            for (int i = 0; i < condition.size(); i++) {
                int nearest = 0;
                for (int c = 1; c < CENTRES.length; c++) {
                    nearest = distance(p, i, c) < distance(p, i, nearest) ? c : nearest;
                }
                correct += nearest == k ? 1 : 0;
                total++;
            }
        }
        return correct / (double) total;
    }

    private static double distance(float[] p, int i, int c) {
        double dx = p[2 * i] - CENTRES[c][0];
        double dy = p[2 * i + 1] - CENTRES[c][1];
        return dx * dx + dy * dy;
    }
}
