package dev.gan4j.examples.cli;

import static dev.gan4j.examples.cli.InProcessCli.run;
import static dev.gan4j.examples.cli.InProcessCli.writeConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxReader;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.tensor.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gan4j translate} and {@code gan4j export} of a tiny cyclegan run on two IDX domains of 8×8
 * images: the exported translators give the run's own translations within 1e-4 in both
 * directions, input streams in small batches to IDX or PNG output, and bad input is a sentence.
 */
class TranslateCommandTest {
    private static final int STEPS = 3;
    private static final int SIDE = 8;

    @TempDir
    static Path temp;

    private static Path runDir;
    private static Path exported;
    private static Path images;

    @BeforeAll
    static void trainAndExport() throws Exception {
        Rng rng = new Rng(5);
        IdxWriter.write(temp.resolve("a.idx"), uint8(rng, 40, SIDE));
        IdxWriter.write(temp.resolve("b.idx"), uint8(rng, 40, SIDE));
        images = temp.resolve("in.idx");
        IdxWriter.write(images, uint8(rng, 37, SIDE));
        Path config = writeConfig(temp, "cyclegan-tiny.json", """
                {"family": {"type": "cyclegan", "generator": {"type": "resnet", "baseChannels": 2, "blocks": 1},
                            "discriminator": {"type": "patchgan", "baseChannels": 2}, "poolSize": 4},
                 "data": {"type": "unpaired", "domains": {"A": {"type": "idx", "images": "%s"},
                                                          "B": {"type": "idx", "images": "%s"}}},
                 "training": {"steps": %d, "batchSize": 4, "seed": 2, "logEvery": 1, "sampleEvery": %d,
                              "checkpointEvery": %d, "gridSize": 9}}
                """.formatted(temp.resolve("a.idx"), temp.resolve("b.idx"), STEPS, STEPS, STEPS));
        runDir = temp.resolve("run");
        CliResult trained = run("train", config.toString(), "--out-dir", runDir.toString());
        assertThat(trained.exitCode()).as(trained.transcript()).isZero();
        exported = temp.resolve("onnx");
        CliResult export = run("export", runDir.toString(), "--out-dir", exported.toString());
        assertThat(export.exitCode()).as(export.transcript()).isZero();
    }

    private static IdxArray uint8(Rng rng, int n, int side) {
        float[] v = new float[n * side * side];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextInt(256);
        }
        return new IdxArray(IdxType.UINT8, v, n, side, side);
    }

    @Test
    void theRunDrawsTripletPicturesAndExportsOneTranslatorPerDirection() throws Exception {
        assertThat(runDir.resolve("samples/step-00000" + STEPS + ".png")).isRegularFile();
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(runDir.resolve("samples/latest.png").toFile());
        assertThat(picture.getWidth()).as("six columns: A, G(A), F(G(A)), B, F(B), G(F(B))")
                .isEqualTo(6 * (SIDE + 1) + 1);
        assertThat(exported.resolve("generator_AtoB.onnx")).isRegularFile();
        assertThat(exported.resolve("generator_BtoA.onnx")).isRegularFile();
    }

    @Test
    void onnxTranslationsEqualTheRunsInBothDirectionsStreamedInSmallBatches() throws Exception {
        for (String direction : new String[] {"AtoB", "BtoA"}) {
            Path fromRun = temp.resolve("run-" + direction + ".idx");
            Path fromOnnx = temp.resolve("onnx-" + direction + ".idx");
            CliResult a = run("translate", runDir.toString(), "--in", images.toString(), "--out", fromRun.toString(),
                    "--direction", direction, "--batch", "5");
            CliResult b = run("translate", exported.resolve("generator_" + direction + ".onnx").toString(), "--in",
                    images.toString(), "--out", fromOnnx.toString(), "--batch", "16");
            assertThat(a.exitCode()).as(a.transcript()).isZero();
            assertThat(b.exitCode()).as(b.transcript()).isZero();
            assertThat(a.out()).contains("Translated 37 images " + direction.charAt(0) + " to " + direction.charAt(3))
                    .contains("peak heap");
            IdxArray jvm = IdxReader.read(fromRun);
            IdxArray onnx = IdxReader.read(fromOnnx);
            assertThat(jvm.dims()).containsExactly(37, 1, SIDE, SIDE);
            assertThat(onnx.dims()).containsExactly(jvm.dims());
            float[] expected = jvm.values();
            float[] actual = onnx.values();
            for (int i = 0; i < expected.length; i++) {
                assertThat((double) Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])))
                        .as("%s value %d", direction, i).isLessThanOrEqualTo(1e-4);
            }
        }
    }

    @Test
    void aFolderOfPngsTranslatesIntoAFolderOfPngs() throws Exception {
        Path pngs = temp.resolve("pngs");
        CliResult toPngs = run("translate", runDir.toString(), "--in", images.toString(), "--out-dir", pngs.toString());
        assertThat(toPngs.exitCode()).as(toPngs.transcript()).isZero();
        assertThat(pngs.resolve("000036.png")).isRegularFile();
        Path back = temp.resolve("back.idx");
        CliResult fromPngs = run("translate", runDir.toString(), "--in", pngs.toString(), "--out", back.toString(),
                "--direction", "BtoA");
        assertThat(fromPngs.exitCode()).as(fromPngs.transcript()).isZero();
        assertThat(IdxReader.read(back).dims()).containsExactly(37, 1, SIDE, SIDE);
    }

    @Test
    void inputOfTheWrongImageSizeNamesBothSizes() throws Exception {
        Path wrong = temp.resolve("wrong.idx");
        IdxWriter.write(wrong, uint8(new Rng(1), 3, 12));
        CliResult r = run("translate", runDir.toString(), "--in", wrong.toString(), "--out",
                temp.resolve("x.idx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("are 12×12 with 1 channel").contains("domain A of 8×8 with 1 channel");
        assertThat(temp.resolve("x.idx")).doesNotExist();
    }

    @Test
    void aDirectionOtherThanAtoBOrBtoAIsRefused() {
        CliResult bad = run("translate", runDir.toString(), "--in", images.toString(), "--out",
                temp.resolve("y.idx").toString(), "--direction", "sideways");
        assertThat(bad.err()).contains("--direction must be AtoB or BtoA").contains("\"sideways\"");
        CliResult unknown = run("translate", runDir.toString(), "--in", images.toString(), "--out",
                temp.resolve("y.idx").toString(), "--direction", "AtoC");
        assertThat(unknown.err()).contains("--direction must be AtoB or BtoA for the run").contains("[A, B]");
        CliResult onnx = run("translate", exported.resolve("generator_AtoB.onnx").toString(), "--in",
                images.toString(), "--out", temp.resolve("y.idx").toString(), "--direction", "BtoA");
        assertThat(onnx.err()).contains("translates AtoB only");
    }

    @Test
    void anImageFolderWithNoImagesIsNamed() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no images here");
        CliResult r = run("translate", runDir.toString(), "--in", empty.toString(), "--out",
                temp.resolve("z.idx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("The image folder " + empty + " holds no PNG or JPEG images");
    }

    @Test
    void aTranslationConfigWithOneDomainIsRefused() throws Exception {
        Path config = writeConfig(temp, "one-domain.json", """
                {"family": {"type": "cyclegan"},
                 "data": {"type": "unpaired", "domains": {"A": {"type": "idx", "images": "%s"}}}}
                """.formatted(temp.resolve("a.idx")));
        CliResult r = run("train", config.toString(), "--out-dir", temp.resolve("never").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("data.domains names 1 domain [A], but a translation needs two");
        Path single = writeConfig(temp, "single.json", """
                {"family": {"type": "cyclegan"}, "data": {"type": "idx", "images": "%s"}}
                """.formatted(temp.resolve("a.idx")));
        CliResult s = run("train", single.toString(), "--out-dir", temp.resolve("never2").toString());
        assertThat(s.err()).contains("The cyclegan family translates between two unpaired domains");
    }
}
