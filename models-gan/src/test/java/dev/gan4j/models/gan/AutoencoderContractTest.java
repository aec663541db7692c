package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code autoencoder}: a small mlp encoder and decoder on 5-D vectors, squared error. */
class AutoencoderContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "autoencoder";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"autoencoder\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16]}, \"latentSize\": 2}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("vectors", new int[] {5}, 0);
    }
}
