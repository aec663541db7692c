package dev.gan4j.runtime.onnx.export;

import dev.gan4j.core.tensor.Rng;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every float layer in one network: the writers compose (scopes, unique names, shapes flowing between them). */
class LayerZooParityTest {
    @TempDir
    Path dir;

    @Test
    void aNetworkOfEveryFloatLayerMatchesTheJvm() throws IOException {
        ExportRoundTrip.check(LayerZoo.everyFloatLayer(new Rng(21)), dir, 3);
    }
}
