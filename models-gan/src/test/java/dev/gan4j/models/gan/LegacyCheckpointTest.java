package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gan4j.core.checkpoint.Checkpoint;
import dev.gan4j.core.checkpoint.CheckpointFile;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.tensor.Tensor;
import dev.gan4j.core.train.AlternatingTrainer;
import dev.gan4j.core.train.TrainingRun;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint written before parameters were named once (format 1, gan4j a84234b; see the
 * resource's README) still resumes: its optimiser states are renamed on reading, and resuming
 * its step 3 reaches the old run's step 6.
 */
class LegacyCheckpointTest {
    private static Path run() throws URISyntaxException {
        return Path.of(LegacyCheckpointTest.class.getResource("legacy-run-a84234b/config.json").toURI()).getParent();
    }

    @Test
    void aFormatOneCheckpointResumesToTheOldRunsLaterStep() throws Exception {
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        ResolvedConfig config = discovery.configLoader(List.of()).load(run().resolve("config.json"));
        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        // no optConfig: the old run's config text is not compared, so a config field added later
        // (with its default) does not stop this check
        AlternatingTrainer trainer = AlternatingTrainer.builder().setSystem(run.system()).setDataset(run.dataset())
                .setTraining(config.config().training()).optSeeds(run.seeds()).build();
        Checkpoint step3 = CheckpointFile.read(run().resolve("checkpoints/step-000003.ckpt"));
        assertThat(step3.optimizerStates().get("generator")).containsKey("generator/0.weight.exp_avg")
                .doesNotContainKey("generator.0.weight.exp_avg");

        trainer.restore(step3, "The format-1 checkpoint of step 3");
        trainer.trainUntil(6);

        Checkpoint resumed = trainer.checkpoint();
        Checkpoint old = CheckpointFile.read(run().resolve("checkpoints/step-000006.ckpt"));
        assertThat(resumed.tensors().keySet()).containsExactlyInAnyOrderElementsOf(old.tensors().keySet());
        for (Map.Entry<String, Tensor> e : old.tensors().entrySet()) {
            float[] expected = e.getValue().data();
            float[] actual = resumed.tensors().get(e.getKey()).data();
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).as("%s[%d] after resuming the old step 3", e.getKey(), i)
                        .isCloseTo(expected[i], within(1e-5f + 1e-4f * Math.abs(expected[i])));
            }
        }
        assertThat(resumed.optimizerStates().get("discriminator").keySet())
                .containsExactlyInAnyOrderElementsOf(old.optimizerStates().get("discriminator").keySet());
    }
}
