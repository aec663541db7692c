package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code dcgan}: four base channels on 14×14 images. */
class DcganContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "dcgan";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"dcgan\", \"network\": {\"type\": \"dcgan\", \"baseChannels\": 4}, \"latentSize\": 8}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("small-images", new int[] {1, 14, 14}, 0);
    }
}
