package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleEvaluatorTest {
    /** Features are the flattened pixels; no class probabilities. */
    static final class PixelFeatures implements FeatureExtractor {
        @Override
        public String id() {
            return "pixels";
        }

        @Override
        public String description() {
            return "the pixels";
        }

        @Override
        public Map<String, String> provenance() {
            return Map.of();
        }

        @Override
        public int[] imageShape() {
            return new int[0];
        }

        @Override
        public ExtractedFeatures extract(Tensor images) {
            return new ExtractedFeatures(images.reshape(images.dim(0), images.size() / images.dim(0)), null);
        }
    }

    @Test
    void resultNamesTheExtractorAndReference() {
        Tensor reference = Tensor.randn(new Rng(1), 200, 1, 4, 4);
        SampleEvaluator evaluator = new SampleEvaluator(new PixelFeatures(), reference, "random reference", 3);
        EvaluationResult result = evaluator.evaluate(Tensor.randn(new Rng(2), 100, 1, 4, 4), null, new Rng(3));
        assertThat(result.extractor()).isEqualTo("pixels");
        assertThat(result.reference()).isEqualTo("random reference");
        assertThat(result.samples()).isEqualTo(100);
        assertThat(result.metrics()).containsKeys(EvaluationResult.FID, EvaluationResult.KID,
                EvaluationResult.PRECISION, EvaluationResult.RECALL).doesNotContainKey(EvaluationResult.CLASS_ENTROPY);
        assertThat(result.toMap()).containsEntry("features", "pixels");
    }

    @Test
    void rejectsSamplesShapedUnlikeTheReferenceNamingBoth() {
        SampleEvaluator evaluator = new SampleEvaluator(new PixelFeatures(), Tensor.zeros(10, 1, 28, 28), "test", 3);
        assertThatThrownBy(() -> evaluator.evaluate(Tensor.zeros(10, 3, 32, 32), null, new Rng(1)))
                .hasMessageContaining("[10, 3, 32, 32]").hasMessageContaining("[1, 28, 28]");
    }

    @Test
    void rejectsFewerSamplesThanKForPrecisionAndRecall() {
        SampleEvaluator evaluator = new SampleEvaluator(new PixelFeatures(), Tensor.randn(new Rng(1), 50, 1, 2, 2),
                "test", 3);
        assertThatThrownBy(() -> evaluator.evaluate(Tensor.randn(new Rng(2), 3, 1, 2, 2), null, new Rng(1)))
                .hasMessageContaining("k = 3").hasMessageContaining("there are 3");
    }

    @Test
    void rejectsLabelsWithoutClassProbabilities() {
        SampleEvaluator evaluator = new SampleEvaluator(new PixelFeatures(), Tensor.randn(new Rng(1), 50, 1, 2, 2),
                "test", 3);
        assertThatThrownBy(() -> evaluator.evaluate(Tensor.randn(new Rng(2), 20, 1, 2, 2), new int[20], new Rng(1)))
                .hasMessageContaining("no class probabilities");
    }
}
