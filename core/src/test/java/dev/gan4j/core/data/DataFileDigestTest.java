package dev.gan4j.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SHA-256 of the data files a run reads, for its provenance. */
class DataFileDigestTest {
    /** SHA-256("abc"), FIPS 180-2's first example. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path tmp;

    @Test
    void aFileIsHashedByItsBytesAndNamedWithoutItsDirectory() throws IOException {
        Path file = Files.writeString(tmp.resolve("abc.idx"), "abc", StandardCharsets.US_ASCII);
        assertThat(DataFileDigest.of(file)).isEqualTo(new DataFileDigest("abc.idx", ABC));
    }

    @Test
    void aFolderHashDependsOnNamesAndBytesNotOnListingOrder() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("shoes"));
        Path a = Files.writeString(folder.resolve("a.png"), "first");
        Path b = Files.writeString(folder.resolve("b.png"), "second");
        DataFileDigest digest = DataFileDigest.ofFolder(folder, List.of(a, b));

        assertThat(digest.file()).isEqualTo("shoes/");
        assertThat(DataFileDigest.ofFolder(folder, List.of(b, a))).isEqualTo(digest);
        Files.move(b, folder.resolve("c.png"));
        assertThat(DataFileDigest.ofFolder(folder, List.of(a, folder.resolve("c.png"))).sha256())
                .isNotEqualTo(digest.sha256());
    }

    @Test
    void anIdxDatasetRecordsItsImagesAndLabelsFiles() throws IOException {
        Path images = tmp.resolve("images.idx");
        Path labels = tmp.resolve("labels.idx");
        IdxWriter.write(images, new IdxArray(IdxType.FLOAT32, new float[] {1, 2, 3, 4, 5, 6}, 3, 2));
        IdxWriter.write(labels, new IdxArray(IdxType.UINT8, new float[] {0, 1, 0}, 3));
        Dataset data = new IdxDataConfig(images.toString(), labels.toString(), null).open(DataContext.standard(null));

        assertThat(data.files()).containsExactly(DataFileDigest.of(images), DataFileDigest.of(labels));
    }

    @Test
    void aHashThatIsNotSixtyFourHexDigitsIsRefused() {
        assertThatThrownBy(() -> new DataFileDigest("x.idx", "ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 lower-case hex digits");
    }
}
