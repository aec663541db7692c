package dev.gan4j.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.Gan4j;
import dev.gan4j.core.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void anEmbeddedTrainingPrintsNothingOnStandardOutput(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.trainAndSample(20, 10);
            // With a run directory the standard listeners run too: metrics, samples, report, guard.
            Gan4j gan4j = Gan4j.discover();
            gan4j.train(gan4j.config("""
                    {"family": {"type": "gan"}, "data": {"type": "ring8"},
                     "training": {"steps": 20, "batchSize": 32, "sampleEvery": 10, "checkpointEvery": 10}}"""),
                    dir.resolve("run"));
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(dir.resolve("run").resolve("metrics.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("run").resolve("report.html")).isNotEmptyFile();
    }
}
