package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.eval.ClassPredictions;
import dev.gan4j.core.eval.FrechetDistance;
import dev.gan4j.core.eval.GaussianStatistics;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Moments merged from parts equal core's statistics of all the vectors at once. */
class FeatureMomentsTest {
    @Test
    void momentsMergedFromUnevenPartsEqualTheStatisticsOfAllVectors() {
        Rng rng = new Rng(4);
        Tensor features = Tensor.randn(rng, 301, 7).mul(3f).add(5f);
        GaussianStatistics whole = GaussianStatistics.of(features);
        FeatureMoments merged = FeatureMoments.empty();
        int[] cuts = {0, 1, 40, 41, 200, 301};
        for (int i = 0; i + 1 < cuts.length; i++) {
            FeatureMoments part = FeatureMoments.of(features.slice(0, cuts[i], cuts[i + 1]), null);
            merged = i % 2 == 0 ? merged.merge(part) : part.merge(merged);
        }
        GaussianStatistics parts = merged.statistics();
        assertThat(merged.count()).isEqualTo(301);
        for (int a = 0; a < 7; a++) {
            assertThat(parts.mean()[a]).isCloseTo(whole.mean()[a], within(1e-12));
            for (int b = 0; b < 7; b++) {
                assertThat(parts.covariance()[a][b]).isCloseTo(whole.covariance()[a][b], within(1e-11));
            }
        }
        GaussianStatistics other = GaussianStatistics.of(Tensor.randn(rng, 200, 7));
        double fid = FrechetDistance.between(other, whole);
        assertThat(FrechetDistance.between(other, parts)).isCloseTo(fid, within(1e-9 * fid));
    }

    @Test
    void classStatisticsEqualThoseOfAllPredictionsAtOnce() {
        Rng rng = new Rng(8);
        Tensor logits = Tensor.randn(rng, 90, 4).mul(2f);
        Tensor exp = logits.exp();
        Tensor probabilities = exp.div(exp.sum(new int[] {1}, true));
        Tensor features = Tensor.randn(rng, 90, 3);
        FeatureMoments merged = FeatureMoments.of(features.slice(0, 0, 50), probabilities.slice(0, 0, 50))
                .merge(FeatureMoments.of(features.slice(0, 50, 90), probabilities.slice(0, 50, 90)));
        ClassPredictions all = ClassPredictions.of(probabilities);
        assertThat(merged.classHistogram()).containsExactly(all.histogram(), within(1e-12));
        assertThat(merged.classEntropy()).isCloseTo(all.histogramEntropy(), within(1e-12));
        assertThat(merged.classifierScore()).isCloseTo(all.classifierScore(), within(1e-9));
    }
}
