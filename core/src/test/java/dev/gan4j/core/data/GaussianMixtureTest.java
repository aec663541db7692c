package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.spi.Batch;
import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The toy mixtures: where their modes are, what their samples look like, and that their streams resume exactly. */
class GaussianMixtureTest {
    private static double distance(double[] mode, float x, float y) {
        return Math.hypot(x - mode[0], y - mode[1]);
    }

    @Test
    void ring8HasEightModesEvenlyOnACircleOfRadiusTwo() {
        GaussianMixture ring = GaussianMixture.ring8(1, false);

        assertThat(ring.std()).isEqualTo(0.02);
        double[][] modes = ring.modes();
        assertThat(modes).hasNumberOfRows(8);
        for (int k = 0; k < 8; k++) {
            assertThat(Math.hypot(modes[k][0], modes[k][1])).isCloseTo(2.0, within(1e-12));
            assertThat(Math.atan2(modes[k][1], modes[k][0]))
                    .isCloseTo(Math.IEEEremainder(k * Math.PI / 4, 2 * Math.PI), within(1e-12));
        }
    }

    @Test
    void grid25HasTwentyFiveModesOnTheGridFromMinusFourToFour() {
        GaussianMixture grid = GaussianMixture.grid25(1, false);

        assertThat(grid.std()).isEqualTo(0.05);
        Set<String> points = new HashSet<>();
        for (double[] mode : grid.modes()) {
            points.add((int) mode[0] + "," + (int) mode[1]);
            assertThat(mode[0] % 2).isZero();
            assertThat(mode[1] % 2).isZero();
        }
        for (int x = -4; x <= 4; x += 2) {
            for (int y = -4; y <= 4; y += 2) {
                assertThat(points).contains(x + "," + y);
            }
        }
        assertThat(points).hasSize(25);
    }

    @Test
    void scaleMultipliesThePositionsAndTheSpread() {
        GaussianMixture grid = GaussianMixture.grid25(0.25, false);

        assertThat(grid.std()).isCloseTo(0.0125, within(1e-15));
        assertThat(grid.modes()[0]).containsExactly(-1.0, -1.0);
        assertThat(new Ring8DataConfig(0.5, false).mixture().modes()[0]).containsExactly(1.0, 0.0);
    }

    @Test
    void samplesLieNearTheModeTheyAreLabelledWithAndEveryModeIsDrawnAboutEqually() {
        GaussianMixture ring = GaussianMixture.ring8(1, true);
        double[][] modes = ring.modes();
        int[] labels = new int[8000];
        Tensor samples = ring.sample(8000, new Rng(11), labels);

        int[] perMode = new int[8];
        double sumSquares = 0;
        for (int i = 0; i < 8000; i++) {
            float x = samples.get(i, 0);
            float y = samples.get(i, 1);
            double d = distance(modes[labels[i]], x, y);
            assertThat(d).isLessThan(6 * ring.std());
            sumSquares += d * d;
            perMode[labels[i]]++;
        }
        for (int count : perMode) {
            assertThat(count).isBetween(850, 1150);
        }
        assertThat(Math.sqrt(sumSquares / (2 * 8000))).as("the per-coordinate spread").isCloseTo(0.02, within(0.001));
    }

    @Test
    void specIsTwoDimensionalWithLabelsOnlyWhenAsked() {
        assertThat(GaussianMixture.ring8(1, false).spec()).isEqualTo(new DataSpec("ring8", new int[] {2}, 0));
        assertThat(GaussianMixture.grid25(1, true).spec()).isEqualTo(new DataSpec("grid25", new int[] {2}, 25));

        assertThat(GaussianMixture.ring8(1, false).batches(16, new Rng(1)).next().labels()).isNull();
        Batch labelled = GaussianMixture.grid25(1, true).batches(16, new Rng(1)).next();
        assertThat(labelled.inputs().dims()).containsExactly(16, 2);
        assertThat(labelled.labels()).hasSize(16);
    }

    @Test
    void aRestoredStreamRepeatsTheNextBatchesBitForBit() {
        GaussianMixture grid = GaussianMixture.grid25(1, true);
        BatchStream original = grid.batches(32, new Rng(5));
        for (int i = 0; i < 3; i++) {
            original.next();
        }
        long[] saved = original.state();
        Batch[] expected = new Batch[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = original.next();
        }

        BatchStream resumed = grid.batches(32, new Rng(999));
        resumed.restore(saved);
        for (int i = 0; i < 5; i++) {
            Batch batch = resumed.next();
            assertThat(batch.inputs().data()).containsExactly(expected[i].inputs().data());
            assertThat(batch.labels()).containsExactly(expected[i].labels());
        }
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        Tensor a = GaussianMixture.ring8(1, false).batches(64, new Rng(7)).next().inputs();
        Tensor b = GaussianMixture.ring8(1, false).batches(64, new Rng(7)).next().inputs();

        assertThat(a.data()).containsExactly(b.data());
    }

    @Test
    void aPositionOfAnotherKindOfStreamIsRefused() {
        BatchStream stream = GaussianMixture.ring8(1, false).batches(8, new Rng(1));

        assertThatThrownBy(() -> stream.restore(new long[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the position of a ring8 stream, which is one number");
    }
}
