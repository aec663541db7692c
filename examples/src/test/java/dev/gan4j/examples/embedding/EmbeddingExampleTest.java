package dev.gan4j.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The embedding example's few lines train and sample (with fewer steps than the example takes). */
class EmbeddingExampleTest {
    @Test
    void trainsInMemoryAndGivesFinite2dSamples() throws Exception {
        Tensor samples = EmbeddingExample.trainAndSample(30, 300);
        assertThat(samples.dims()).containsExactly(300, 2);
        for (float v : samples.data()) {
            assertThat(v).isFinite();
        }
    }

    @Test
    void sameStepsGiveTheSameSamples() throws Exception {
        assertThat(EmbeddingExample.trainAndSample(5, 20).data())
                .containsExactly(EmbeddingExample.trainAndSample(5, 20).data());
    }
}
