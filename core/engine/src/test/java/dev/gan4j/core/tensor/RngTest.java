package dev.gan4j.core.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The seeded generator: reproducible sequences, restorable state, independent splits and sane distributions. */
class RngTest {

    @Test
    void sameSeedGivesTheSameSequence() {
        Rng a = new Rng(42);
        Rng b = new Rng(42);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
        assertThat(new Rng(42).nextLong()).isNotEqualTo(new Rng(43).nextLong());
    }

    @Test
    void stateRestoresTheSequenceExactly() {
        Rng a = new Rng(5);
        a.nextGaussian();
        Rng b = Rng.fromState(a.state());
        assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
    }

    @Test
    void splitGivesAnIndependentReproducibleStream() {
        Rng root = new Rng(9);
        Rng child = root.split();
        Rng again = new Rng(9).split();
        assertThat(child.nextLong()).isEqualTo(again.nextLong());
        assertThat(child.nextLong()).isNotEqualTo(root.nextLong());
    }

    @Test
    void uniformValuesStayInTheirRange() {
        Rng rng = new Rng(3);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) {
            double d = rng.nextDouble();
            float f = rng.nextFloat();
            int k = rng.nextInt(10);
            assertThat(d).isGreaterThanOrEqualTo(0).isLessThan(1);
            assertThat(f).isGreaterThanOrEqualTo(0).isLessThan(1);
            counts[k]++;
        }
        assertThat(Arrays.stream(counts)).allMatch(c -> c > 9_500 && c < 10_500);
        assertThatThrownBy(() -> rng.nextInt(0)).hasMessageContaining("positive");
    }

    @Test
    void fillGaussianHasTheRequestedMeanAndSpreadForOddLengths() {
        float[] v = new float[20_001];
        new Rng(11).fillGaussian(v, 3.0, 2.0);
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double var = 0;
        for (float x : v) {
            var += (x - mean) * (x - mean);
        }
        var /= v.length;
        assertThat(mean).isBetween(2.95, 3.05);
        assertThat(Math.sqrt(var)).isBetween(1.95, 2.05);
        assertThat(v[v.length - 1]).isNotZero();
    }

    @Test
    void shuffleIsAReproduciblePermutation() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] b = a.clone();
        new Rng(1).shuffle(a);
        new Rng(1).shuffle(b);
        assertThat(a).containsExactly(b);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(a).isNotEqualTo(sorted);
    }

    @Test
    void skipLandsWhereDrawingWouldHaveLeftTheStream() {
        Rng drawn = new Rng(11);
        float[] first = new float[7];
        drawn.fillGaussian(first, 0, 1);
        drawn.nextDouble();
        Rng skipped = new Rng(11);
        skipped.skip(Rng.gaussianDraws(first.length) + 1);
        assertThat(skipped.state()).isEqualTo(drawn.state());
        assertThat(skipped.nextLong()).isEqualTo(drawn.nextLong());
    }

    @Test
    void sharesOfFillsPutTogetherAreTheWholeFillBitForBitAndEndWhereItEnds() {
        // odd part sizes make a Gaussian pair straddle two parts, and an odd whole ends on nextGaussian's formula
        for (int size : new int[] {4, 3, 1}) {
            for (int parts : new int[] {1, 2, 3}) {
                Rng whole = new Rng(19);
                float[] gaussian = new float[size * parts];
                float[] uniform = new float[size * parts];
                whole.fillGaussian(gaussian, 0.5, 2);
                whole.fillUniform(uniform, -1, 1);
                for (int p = 0; p < parts; p++) {
                    Rng share = new Rng(19).share(p, parts);
                    float[] g = new float[size];
                    float[] u = new float[size];
                    share.fillGaussian(g, 0.5, 2);
                    share.fillUniform(u, -1, 1);
                    String what = "part " + p + " of " + parts + ", " + size + " values each";
                    assertThat(g).as(what).containsExactly(Arrays.copyOfRange(gaussian, p * size, (p + 1) * size));
                    assertThat(u).as(what).containsExactly(Arrays.copyOfRange(uniform, p * size, (p + 1) * size));
                    assertThat(share.state()).as(what).isEqualTo(whole.state());
                    Rng counted = new Rng(19);
                    counted.skip(share.shareDraws());
                    assertThat(counted.state()).as(what).isEqualTo(whole.state());
                }
            }
        }
    }

    @Test
    void aShareRefusesSingleDrawsWithASentence() {
        Rng share = new Rng(1).share(1, 2);
        assertThatThrownBy(share::nextDouble).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be exact");
        assertThatThrownBy(() -> new Rng(1).share(2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 0 to 1 of 2 parts");
    }
}
