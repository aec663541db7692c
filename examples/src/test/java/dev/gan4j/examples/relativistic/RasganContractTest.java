package dev.gan4j.examples.relativistic;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code rsgan} with {@code "average": true} (RaSGAN), on small 1×8×8 images. */
class RasganContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "rsgan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"rsgan\", \"network\": {\"type\": \"mlp\", \"hiddenSizes\": [16, 12]}, \"latentSize\": 4,"
                + " \"average\": true}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("tiny images", new int[] {1, 8, 8}, 0);
    }
}
