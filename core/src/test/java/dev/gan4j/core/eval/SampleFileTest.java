package dev.gan4j.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gan4j.core.data.IdxArray;
import dev.gan4j.core.data.IdxType;
import dev.gan4j.core.data.IdxWriter;
import dev.gan4j.core.tensor.Tensor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFileTest {
    @Test
    void uint8ImagesAreScaledToMinusOneToOneWithAChannelAdded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("u8.idx");
        IdxWriter.write(file, new IdxArray(IdxType.UINT8, new float[] {0, 255, 0, 255}, 1, 2, 2));
        Tensor images = SampleFile.read(file, "the samples");
        assertThat(images.dims()).containsExactly(1, 1, 2, 2);
        assertThat(images.data()).containsExactly(-1f, 1f, -1f, 1f);
    }

    @Test
    void rejectsFloatSamplesOutsideMinusOneToOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.idx");
        IdxWriter.write(file, IdxArray.fromTensor(Tensor.of(new float[] {0.5f, 0f, 255f, 1f}, 1, 1, 2, 2)));
        assertThatThrownBy(() -> SampleFile.read(file, "the samples")).hasMessageContaining("The samples file")
                .hasMessageContaining("255.0").hasMessageContaining("index 2").hasMessageContaining("[-1, 1]");
    }
}
