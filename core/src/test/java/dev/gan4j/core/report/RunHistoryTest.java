package dev.gan4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
    @TempDir
    Path dir;

    @Test
    void measuresBecomeCurvesAndSettingsBecomeContext() throws Exception {
        Path metrics = dir.resolve("metrics.jsonl");
        Files.writeString(metrics, String.join("\n",
                "{\"step\":50,\"losses\":{\"discriminator\":1.25,\"generator\":0.5}}",
                "{\"step\":100,\"evaluation\":{\"features\":\"cnn\",\"samples\":2000,\"seconds\":4.5,\"fid\":300.0,"
                        + "\"kid\":14.0,\"kid_std\":1.2,\"pr_k\":3,\"class_histogram\":[0.5,0.5]}}",
                "{\"step\":200,\"evaluation\":{\"features\":\"cnn\",\"samples\":2000,\"seconds\":4.0,\"fid\":150.0,"
                        + "\"kid\":6.0,\"kid_std\":0.6,\"pr_k\":3}}",
                "{\"step\":250,\"losses\":{\"discrimi"));

        RunHistory history = RunHistory.read(metrics);

        assertThat(history.losses()).containsOnlyKeys("discriminator", "generator");
        assertThat(history.evaluations()).containsOnlyKeys("fid", "kid");
        assertThat(history.evaluations().get("fid")).containsExactly(new double[] {100, 300}, new double[] {200, 150});
        assertThat(history.evaluationContext()).containsEntry("features", "cnn").containsEntry("pr_k", "3")
                .containsEntry("kid_std", "0.6").containsEntry("samples", "2000");
    }

    @Test
    void aMissingFileIsAnEmptyHistory() throws Exception {
        RunHistory history = RunHistory.read(dir.resolve("absent.jsonl"));

        assertThat(history.losses()).isEmpty();
        assertThat(history.evaluations()).isEmpty();
    }
}
