package dev.gan4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gan4j.spark.cli.SparkCommand;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gan4j spark translate} on local[2]: a folder through Spark's image source into Parquet, its corrupt file counted and named. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SparkTranslateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsTranslatedIntoParquetWithItsCorruptFileNamedInTheJsonLine() throws Exception {
        Path export = TestModels.translators(Files.createDirectories(dir.resolve("export")), "A", "B");
        Path images = Files.createDirectories(dir.resolve("images"));
        for (int i = 0; i < 5; i++) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setSample(i, i, 0, 200);
            ImageIO.write(image, "png", images.resolve("img" + i + ".png").toFile());
        }
        Files.write(images.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path out = dir.resolve("translated.parquet");
        StringWriter printed = new StringWriter();
        CommandLine line = new CommandLine(new SparkCommand());
        line.setOut(new PrintWriter(printed));
        int status = line.execute("translate", export.toString(), "--direction", "BtoA", "--in", images.toString(),
                "--out", out.toString(), "--master", "local[2]", "--png");

        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(printed.toString());
        assertThat(json.get("images").asLong()).isEqualTo(6);
        assertThat(json.get("translated").asLong()).isEqualTo(5);
        assertThat(json.get("errors").asLong()).isEqualTo(1);
        assertThat(json.get("first_errors").get(0).asText()).startsWith("The image file:")
                .contains(images.resolve("broken.png").toString());
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            assertThat(spark.read().parquet(out.toString()).columns())
                    .containsExactly("path", "translation", "translation_png", "error");
            Row first = spark.read().parquet(out.toString()).where("path like '%img0.png'").first();
            assertThat(first.getList(1)).hasSize(64);
            assertThat(first.isNullAt(3)).isTrue();
        } finally {
            spark.stop();
        }
    }
}
