package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code vae}: a small mlp encoder and decoder on 8×8 images, cross-entropy reconstruction. */
class VaeContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "vae";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"vae\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16]}, \"latentSize\": 3}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("small-images", new int[] {1, 8, 8}, 0);
    }
}
