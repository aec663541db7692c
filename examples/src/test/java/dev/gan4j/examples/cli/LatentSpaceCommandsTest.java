package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.tensor.Rng;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j alignment} and {@code gan4j sample --domain} on a tiny unit run of two IDX domains
 * of 8×8 images.
 */
class LatentSpaceCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIDE = 8;

    @TempDir
    static Path temp;

    private static Path runDir;

    @BeforeAll
    static void train() throws Exception {
        Rng rng = new Rng(5);
        IdxWriter.write(temp.resolve("a.idx"), uint8(rng, 40));
        IdxWriter.write(temp.resolve("b.idx"), uint8(rng, 40));
        Path config = writeConfig(temp, "unit-tiny.json", """
                {"family": {"type": "unit", "network": {"type": "shared-latent", "baseChannels": 2, "blocks": 2},
                            "discriminator": {"type": "patchgan", "baseChannels": 2}},
                 "data": {"type": "unpaired", "domains": {"A": {"type": "idx", "images": "%s"},
                                                          "B": {"type": "idx", "images": "%s"}}},
                 "training": {"steps": 2, "batchSize": 4, "seed": 2, "logEvery": 1, "sampleEvery": 2,
                              "checkpointEvery": 2, "gridSize": 9}}
                """.formatted(temp.resolve("a.idx"), temp.resolve("b.idx")));
        runDir = temp.resolve("run");
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
    }

    private static IdxArray uint8(Rng rng, int n) {
        float[] v = new float[n * SIDE * SIDE];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextInt(256);
        }
        return new IdxArray(IdxType.UINT8, v, n, SIDE, SIDE);
    }

    @Test
    void alignmentPrintsTheProbeAndFrechetFiguresOfThePair() throws Exception {
        CliResult result = run("alignment", runDir.toString(), "--in", "A=" + temp.resolve("a.idx"), "--in",
                "B=" + temp.resolve("b.idx"), "--n", "20");
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        JsonNode line = JSON.readTree(result.out().strip());
        assertThat(line.get("family").asText()).isEqualTo("unit");
        assertThat(line.get("domains").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(line.get("codes").asInt()).isEqualTo(20);
        assertThat(line.get("probe_accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(line.get("latent_frechet").asDouble()).isNotNegative();
    }

    @Test
    void alignmentRefusesADomainTheRunLacksListingItsDomains() throws Exception {
        CliResult result = run("alignment", runDir.toString(), "--in", "A=" + temp.resolve("a.idx"), "--in",
                "C=" + temp.resolve("b.idx"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("\"C\"").contains("[A, B]");
    }

    @Test
    void sampleDomainDrawsNewImagesOfThatDomainFromThePrior() throws Exception {
        Path out = temp.resolve("b-samples.idx");
        CliResult result = run("sample", runDir.toString(), "--domain", "B", "--n", "5", "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("for domain B");
        assertThat(IdxReader.read(out).dims()).containsExactly(5, 1, SIDE, SIDE);
        CliResult unknown = run("sample", runDir.toString(), "--domain", "Z", "--n", "5", "--out",
                temp.resolve("z.idx").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("[A, B]");
    }
}
