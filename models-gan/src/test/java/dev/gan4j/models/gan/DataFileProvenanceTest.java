package dev.gan4j.models.gan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.config.ConfigOverrides;
import dev.gan4j.core.config.ResolvedConfig;
import dev.gan4j.core.data.DataContext;
import dev.gan4j.core.data.DataFileDigest;
import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.inject.FamilyDiscovery;
import dev.gan4j.core.provenance.RunProvenance;
import dev.gan4j.core.provenance.RunProvenanceJson;
import dev.gan4j.core.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's checkpoints record the SHA-256 of each data file it read (and so do the models exported from them). */
class DataFileProvenanceTest {
    @TempDir
    Path tmp;

    @Test
    void checkpointProvenanceHoldsTheSha256OfTheIdxFileTheRunRead() throws Exception {
        Path images = tmp.resolve("points.idx");
        float[] values = new float[16];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 5) / 5f;
        }
        IdxWriter.write(images, new IdxArray(IdxType.FLOAT32, values, 8, 2));
        FamilyDiscovery discovery = FamilyDiscovery.scanClasspath();
        ResolvedConfig config = discovery.configLoader(List.of()).parse("""
                {"family": {"type": "gan", "network": {"type": "mlp", "hiddenSizes": [4]}, "latentSize": 2},
                 "data": {"type": "idx", "images": "%s"}, "training": {"steps": 1, "batchSize": 4}}"""
                .formatted(images.toString().replace("\\", "\\\\")), "the test config", ConfigOverrides.none());

        TrainingRun run = TrainingRun.prepare(config, discovery.families(), DataContext.standard(null));
        RunProvenance recorded = new RunProvenanceJson().fromJson(run.trainer(null, List.of()).checkpoint().provenance());

        assertThat(recorded.dataFiles()).containsExactly(DataFileDigest.of(images));
        assertThat(recorded.dataFiles().get(0).file()).isEqualTo("points.idx");
    }
}
