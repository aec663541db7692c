package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.ring8Config;
import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.data.IdxType;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy path: {@code gan4j train} a tiny ring8 run, then {@code gan4j sample} it to IDX and PNG. */
class TrainAndSampleTest {
    private static final int STEPS = 50;

    @TempDir
    static Path temp;

    private static Path runDir;

    @BeforeAll
    static void trainFiftySteps() throws Exception {
        Path config = writeConfig(temp, "ring8.json", ring8Config(STEPS, 25, 1));
        runDir = temp.resolve("run");
        CliResult result = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("Done: " + runDir);
    }

    @Test
    void trainingFillsTheRunDirectory() {
        assertThat(runDir.resolve("config.json")).isRegularFile();
        assertThat(runDir.resolve("metrics.jsonl")).isRegularFile();
        assertThat(runDir.resolve("samples").resolve("latest.png")).isRegularFile();
        assertThat(runDir.resolve("checkpoints").resolve("step-000025.ckpt")).isRegularFile();
        assertThat(runDir.resolve("checkpoints").resolve("step-000050.ckpt")).isRegularFile();
    }

    @Test
    void sampleToIdxWritesFloat32PointsOfShapeNBy2() throws Exception {
        Path out = temp.resolve("x.idx");
        CliResult result = run("sample", runDir.toString(), "--n", "100", "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        assertThat(result.out()).contains("Wrote 100 samples").contains("from step " + STEPS);
        IdxArray samples = IdxReader.read(out);
        assertThat(samples.type()).isEqualTo(IdxType.FLOAT32);
        assertThat(samples.dims()).containsExactly(100, 2);
        for (float v : samples.values()) {
            assertThat(v).isFinite();
        }
    }

    @Test
    void sampleToPngDrawsAScatterPlotOfThePoints() throws Exception {
        Path out = temp.resolve("x.png");
        CliResult result = run("sample", runDir.toString(), "--n", "100", "--out", out.toString());
        assertThat(result.exitCode()).as(result.transcript()).isZero();
        BufferedImage picture = ImageIO.read(out.toFile());
        assertThat(picture).as("a readable PNG").isNotNull();
        assertThat(picture.getWidth()).isEqualTo(512);
        assertThat(picture.getHeight()).isEqualTo(512);
    }

    @Test
    void sameSeedGivesTheSameSamplesAndAnotherSeedOthers() throws Exception {
        Path a = temp.resolve("a.idx");
        Path b = temp.resolve("b.idx");
        Path c = temp.resolve("c.idx");
        assertThat(run("sample", runDir.toString(), "--n", "20", "--seed", "7", "--out", a.toString()).exitCode()).isZero();
        assertThat(run("sample", runDir.toString(), "--n", "20", "--seed", "7", "--out", b.toString()).exitCode()).isZero();
        assertThat(run("sample", runDir.toString(), "--n", "20", "--seed", "8", "--out", c.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }
}
