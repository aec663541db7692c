package dev.gan4j.examples.relativistic;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code rsgan}, the paired relativistic game: small mlp networks on 3-D vectors. */
class RsganContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "rsgan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"rsgan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 12]}, \"latentSize\": 4}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("points", new int[] {3}, 0);
    }
}
