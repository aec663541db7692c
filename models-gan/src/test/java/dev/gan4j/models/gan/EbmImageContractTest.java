package dev.gan4j.models.gan;

import dev.gan4j.core.spi.DataSpec;
import dev.gan4j.core.testing.GanFamilyContractTest;

/** The family contract for {@code ebm} on images: a small dcgan score network without batch norm, [-1, 1] by default. */
class EbmImageContractTest extends GanFamilyContractTest {
    @Override
    protected String familyId() {
        return "ebm";
    }

    @Override
    protected String configJson() {
        return "{\"type\": \"ebm\", \"network\": {\"type\": \"dcgan\", \"baseChannels\": 4, \"discriminatorBatchNorm\": false},"
                + " \"langevinSteps\": 3, \"stepSize\": 1.0, \"bufferSize\": 32}";
    }

    @Override
    protected DataSpec dataSpec() {
        return new DataSpec("grey images", new int[] {1, 8, 8}, 0);
    }
}
