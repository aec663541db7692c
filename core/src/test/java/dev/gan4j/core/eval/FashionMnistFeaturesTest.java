package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gan4j.core.data.FashionMnist;
import dev.gan4j.core.data.FashionMnistLocator;
import dev.gan4j.core.data.LabelledImages;
import dev.gan4j.core.data.PixelRange;
import dev.gan4j.core.tensor.Rng;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.testing.IntegrationTest;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in extractor on real data: the classifier's recipe reaches 90% test accuracy, and the
 * metrics order real, noise and collapsed samples as they must. The classifier comes from the
 * cache in {@code $GAN4J_HOME} (the build sets one for all modules' tests), trained there on first use.
 */
@IntegrationTest
class FashionMnistFeaturesTest {
    private static final int N = 2000;

    private static ClassifierFeatureExtractor extractor;
    private static LabelledImages train;
    private static LabelledImages test;

    @BeforeAll
    static void loadClassifier() throws Exception {
        FashionMnistLocator locator = FashionMnistLocator.standard(null);
        assumeTrue(locator.candidates().stream().anyMatch(Files::isDirectory),
                "Fashion-MNIST is not installed (apt-get install -y dataset-fashion-mnist)");
        extractor = new ClassifierCache(ClassifierCache.home(System.getenv()), locator, System.out::println).load();
        train = FashionMnist.load(locator, FashionMnist.Split.TRAIN, PixelRange.MINUS_ONE_TO_ONE);
        test = FashionMnist.load(locator, FashionMnist.Split.TEST, PixelRange.MINUS_ONE_TO_ONE);
    }

    @Test
    void classifierReachesNinetyPercentTestAccuracy() {
        double recorded = Double.parseDouble(extractor.provenance().get(ClassifierCache.TEST_ACCURACY));
        ExtractedFeatures extracted = extractor.extract(test.images());
        double measured = ClassPredictions.of(extracted.probabilities().orElseThrow()).accuracyAgainst(test.labels());
        System.out.printf(Locale.ROOT, "classifier: recorded %.4f, measured %.4f, trained in %s s%n", recorded,
                measured, extractor.provenance().get("training-seconds"));
        assertThat(measured).isGreaterThanOrEqualTo(0.90);
        assertThat(measured).isCloseTo(recorded, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(extracted.features().dims()).containsExactly(test.size(), FashionMnistClassifier.FEATURES);
    }

    @Test
    void realImagesScoreBetterThanNoiseAndARepeatedImage() {
        SampleEvaluator evaluator = new SampleEvaluator(extractor, test.images().slice(0, 0, N), "test", 3);
        EvaluationResult real = evaluator.evaluate(train.images().slice(0, 0, N), null, new Rng(1));
        EvaluationResult noise = evaluator.evaluate(Tensor.uniform(new Rng(2), -1f, 1f, N, 1, 28, 28), null,
                new Rng(1));
        float[] one = new float[N * 784];
        for (int i = 0; i < N; i++) {
            System.arraycopy(test.images().data(), 0, one, i * 784, 784);
        }
        EvaluationResult repeated = evaluator.evaluate(Tensor.of(one, N, 1, 28, 28), null, new Rng(1));
        System.out.println("train vs test: " + real.toMap());
        System.out.println("uniform noise: " + noise.toMap());
        System.out.println("one repeated image: " + repeated.toMap());
        double fidReal = real.metric(EvaluationResult.FID).orElseThrow();
        assertThat(fidReal).isLessThan(noise.metric(EvaluationResult.FID).orElseThrow() / 10);
        assertThat(fidReal).isLessThan(repeated.metric(EvaluationResult.FID).orElseThrow() / 10);
        assertThat(real.metric(EvaluationResult.KID).orElseThrow())
                .isLessThan(noise.metric(EvaluationResult.KID).orElseThrow())
                .isLessThan(repeated.metric(EvaluationResult.KID).orElseThrow());
        assertThat(real.metric(EvaluationResult.RECALL).orElseThrow()).isGreaterThan(0.7);
        assertThat(noise.metric(EvaluationResult.RECALL).orElseThrow()).isLessThan(0.05);
        assertThat(repeated.metric(EvaluationResult.RECALL).orElseThrow()).isLessThan(0.05);
        assertThat(real.metric(EvaluationResult.CLASS_ENTROPY).orElseThrow()).isGreaterThan(2.2);
        assertThat(repeated.metric(EvaluationResult.CLASS_ENTROPY).orElseThrow()).isLessThan(0.01);
        assertThat(real.extractor()).isEqualTo(FashionMnistClassifier.RECIPE);
    }
}
