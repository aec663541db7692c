package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code gan}: small mlp networks on 3-D vectors. */
class GanContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "gan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"gan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 12]}, \"latentSize\": 4}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("points", new int[] {3}, 0);
    }
}
